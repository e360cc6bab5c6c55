/** The site's own places (content/places.yaml, validated by its schema) and the world atlas, for the map tests. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { getWorld } from '../../../../src/data/worldAtlas.ts';
import { placeSchema, type PlaceData } from '../../../../src/schemas/place.ts';
import type { PlaceLookup } from '../../../../src/lib/map/siteMaps.ts';

export const places: (PlaceData & { id: string })[] = (parse(readFileSync('content/places.yaml', 'utf8')) as unknown[]).map((item) => placeSchema.parse(item));

export const lookup: PlaceLookup = (id) => places.find((p) => p.id === id);

export function place(id: string): PlaceData & { id: string } {
  const found = lookup(id);
  if (!found) throw new Error(`no place ${id}`);
  return found;
}

export const world = getWorld();

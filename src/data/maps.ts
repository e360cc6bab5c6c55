/** The site's maps as layouts for a language, from the specifications of src/lib/map/siteMaps.ts and the places collection; memoised for the build. */
import type { Lang } from '../i18n/languages.ts';
import { layoutMap, type MapLayout } from '../lib/map/layoutMap.ts';
import { insetSpec, leadMapSpecs, locatorSpec, mapPlace, LEAD_PLACES, type LocatorSpec, type PlaceLookup } from '../lib/map/siteMaps.ts';
import type { MapPlace } from '../lib/map/types.ts';
import { buildMemo } from './buildMemo.ts';
import { getPlaces } from './places.ts';
import { getWorld } from './worldAtlas.ts';

async function lookup(): Promise<PlaceLookup> {
  const places = await getPlaces();
  return (id) => {
    const entry = places.get(id);
    return entry && { ...entry.data, id: entry.id };
  };
}

export interface LeadMapLayouts {
  wide: MapLayout;
  narrow: MapLayout;
  inset: MapLayout;
  places: MapPlace[];
}

export function leadMapLayouts(lang: Lang): Promise<LeadMapLayouts> {
  return buildMemo(`leadMap:${lang}`, async () => {
    const find = await lookup();
    const specs = leadMapSpecs(find, lang);
    const world = getWorld();
    return {
      wide: layoutMap(world, specs.wide),
      narrow: layoutMap(world, specs.narrow),
      inset: layoutMap(world, insetSpec(find, lang)),
      places: LEAD_PLACES.map((id) => mapPlace(find(id)!, lang)),
    };
  });
}

export type LocatorLayout = Omit<LocatorSpec, 'spec'> & { layout: MapLayout };

export function locatorLayout(ids: readonly string[], lang: Lang): Promise<LocatorLayout> {
  return buildMemo(`locator:${lang}:${ids.join(',')}`, async () => {
    const { spec, ...rest } = locatorSpec(ids, await lookup(), lang);
    return { ...rest, layout: layoutMap(getWorld(), spec) };
  });
}

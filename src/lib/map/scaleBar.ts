/**
 * A scale bar measured on the projection, never typed: at a point of the map (its centre by
 * default), how many kilometres one pixel spans along the horizontal, from the inverse
 * projection and the great-circle distance; then the longest round length (1, 2, 2.5 or 5 × a
 * power of ten kilometres) whose bar fits in `maxWidth` pixels.
 */
import type { GeoProjection } from 'd3-geo';
import { distanceKm } from './distance.ts';
import type { LonLat } from './types.ts';

export interface ScaleBar {
  /** The length the bar stands for. */
  km: number;
  /** Its length on the map, in pixels. */
  width: number;
}

const NICE = [1, 2, 2.5, 5];

/** Kilometres per pixel along the horizontal at `[x, y]` (over a 20-pixel step either side). */
export function kmPerPixel(projection: GeoProjection, at: [number, number]): number {
  const [x, y] = at;
  const a = projection.invert?.([x - 10, y]);
  const b = projection.invert?.([x + 10, y]);
  if (!a || !b) throw new Error('scaleBar: the projection cannot be inverted there');
  return distanceKm(a as LonLat, b as LonLat) / 20;
}

export function scaleBar(projection: GeoProjection, at: [number, number], maxWidth: number): ScaleBar {
  const perPixel = kmPerPixel(projection, at);
  const maxKm = perPixel * maxWidth;
  let best = { km: 0, width: 0 };
  for (let power = Math.floor(Math.log10(maxKm)) - 1; power <= Math.ceil(Math.log10(maxKm)); power += 1) {
    for (const n of NICE) {
      const km = n * 10 ** power;
      if (km <= maxKm && km > best.km) best = { km, width: km / perPixel };
    }
  }
  return best;
}

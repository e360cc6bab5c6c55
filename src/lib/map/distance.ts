/** Great-circle distances between places, computed from their coordinates (d3-geo's geoDistance on a sphere of the Earth's mean radius). */
import { geoDistance } from 'd3-geo';
import type { LonLat } from './types.ts';

/** The Earth's mean radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

/** The great-circle ("straight line") distance between two points, in kilometres. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/** A distance as a reader gets it: to the nearest 100 km from 1,000 km on, to the nearest 10 km below. */
export function roundedKm(km: number): number {
  const step = km >= 1000 ? 100 : 10;
  return Math.round(km / step) * step;
}

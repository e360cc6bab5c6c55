import { describe, expect, it } from 'vitest';
import { distanceKm, EARTH_RADIUS_KM, roundedKm } from '../../../../src/lib/map/distance.ts';
import { place } from './sitePlaces.ts';

/** An independent great-circle formula (haversine), to check d3-geo's geoDistance against. */
function haversineKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

describe('distanceKm(a, b)', () => {
  const pyongyang: [number, number] = [place('pyongyang').lon, place('pyongyang').lat];
  const kursk: [number, number] = [place('kursk').lon, place('kursk').lat];

  it('computes Pyongyang–Kursk from the places’ coordinates, agreeing with the haversine formula', () => {
    const km = distanceKm(pyongyang, kursk);
    expect(Math.abs(km - haversineKm(pyongyang, kursk))).toBeLessThan(0.01);
    // The "some 6,700 km in a straight line", from the data, not typed.
    expect(roundedKm(km)).toBe(6700);
  });

  it('is symmetric and zero for a point and itself', () => {
    expect(distanceKm(pyongyang, kursk)).toBeCloseTo(distanceKm(kursk, pyongyang), 9);
    expect(distanceKm(kursk, kursk)).toBe(0);
  });

  it('roundedKm(km) rounds to 100 km from 1,000 km on, to 10 km below', () => {
    expect(roundedKm(6686.9)).toBe(6700);
    expect(roundedKm(1049)).toBe(1000);
    expect(roundedKm(126)).toBe(130);
  });
});

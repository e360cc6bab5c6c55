import { describe, expect, it } from 'vitest';
import { regionProjection, locatorProjection } from '../../../../src/lib/map/fitProjection.ts';
import { subsetWorld } from '../../../../src/lib/map/subsetWorld.ts';
import { LEAD_FRAMES, LEAD_PLACES, LOCATOR_FRAME } from '../../../../src/lib/map/siteMaps.ts';
import type { LonLat } from '../../../../src/lib/map/types.ts';
import { pathPoints } from './pathPoints.ts';
import { place, world } from './sitePlaces.ts';

const at = (ids: readonly string[]) => ids.map((id) => [place(id).lon, place(id).lat] as LonLat);

describe('subsetWorld(world, projection, draw)', () => {
  it.each(Object.entries(LEAD_FRAMES))('keeps the countries the lead map needs (%s artboard) and leaves out the rest of the world', (_name, frame) => {
    const subset = subsetWorld(world, regionProjection(at(LEAD_PLACES), frame.box, frame.padding), ['RUS', 'PRK']);
    const codes = subset.countries.map((c) => c.a3);
    // The treaty's parties, every country a place lies in, and the neighbours between them.
    for (const needed of ['RUS', 'PRK', 'KOR', 'CHN', 'UKR', 'MNG', 'KAZ', 'JPN']) expect(codes).toContain(needed);
    for (const absent of ['BRA', 'AUS', 'ZAF', 'ARG', 'MEX', 'FRA']) expect(codes).not.toContain(absent);
    expect(subset.countries.length).toBeLessThan(world.countries.length / 3);
    // Only the countries asked for are drawn on their own; land and borders draw the rest.
    expect(subset.countries.filter((c) => c.d).map((c) => c.a3)).toEqual(['PRK', 'RUS']);
    for (const c of subset.countries.filter((c) => c.d)) expect(c.d).toMatch(/^M[\d.]+ [\d.-]+l/);
    expect(subset.land).toMatch(/^M/);
    expect(subset.borders).not.toBe('');
  });

  it('keeps the United States on a locator for New York', () => {
    const ny = at(['new-york'])[0];
    const subset = subsetWorld(world, locatorProjection([ny], LOCATOR_FRAME.box, LOCATOR_FRAME.padding, 700, ny));
    expect(subset.countries.map((c) => c.a3)).toContain('USA');
    expect(subset.countries.map((c) => c.a3)).not.toContain('PRK');
  });

  it('clips every path to the box', () => {
    const { box, padding } = LEAD_FRAMES.narrow;
    const subset = subsetWorld(world, regionProjection(at(LEAD_PLACES), box, padding), ['RUS', 'PRK', 'CHN']);
    for (const d of [subset.land, subset.borders, ...subset.countries.map((c) => c.d ?? '')]) {
      for (const [x, y] of pathPoints(d)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(box.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(box.height);
      }
    }
  });
});

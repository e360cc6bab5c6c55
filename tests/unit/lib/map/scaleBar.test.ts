import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../../src/lib/map/distance.ts';
import { locatorProjection, regionProjection } from '../../../../src/lib/map/fitProjection.ts';
import { kmPerPixel, scaleBar } from '../../../../src/lib/map/scaleBar.ts';
import { LEAD_FRAMES, LEAD_PLACES, LOCATOR_FRAME } from '../../../../src/lib/map/siteMaps.ts';
import type { LonLat } from '../../../../src/lib/map/types.ts';
import { place } from './sitePlaces.ts';

const lead = regionProjection(LEAD_PLACES.map((id) => [place(id).lon, place(id).lat] as LonLat), LEAD_FRAMES.wide.box, LEAD_FRAMES.wide.padding);
const centre: [number, number] = [LEAD_FRAMES.wide.box.width / 2, LEAD_FRAMES.wide.box.height / 2];

describe('scaleBar(projection, at, maxWidth)', () => {
  it('gives a round length whose bar spans that many kilometres on the map where it is measured', () => {
    const bar = scaleBar(lead, centre, 120);
    expect(String(bar.km)).toMatch(/^(1|2|25|5)0*$/);
    expect(bar.width).toBeLessThanOrEqual(120);
    const a = lead.invert!([centre[0] - bar.width / 2, centre[1]]) as LonLat;
    const b = lead.invert!([centre[0] + bar.width / 2, centre[1]]) as LonLat;
    expect(distanceKm(a, b) / bar.km).toBeCloseTo(1, 2);
  });

  it('takes the longest round length that fits', () => {
    const bar = scaleBar(lead, centre, 120);
    const next = [1, 2, 2.5, 5, 10].map((n) => n * 10 ** Math.floor(Math.log10(bar.km))).find((km) => km > bar.km)!;
    expect(next / kmPerPixel(lead, centre)).toBeGreaterThan(120);
  });

  it('on the locator’s azimuthal equidistant projection, is exact from the centre', () => {
    const ny: LonLat = [place('new-york').lon, place('new-york').lat];
    const projection = locatorProjection([ny], LOCATOR_FRAME.box, LOCATOR_FRAME.padding, 700, ny);
    const at = projection(ny)!;
    const perPixel = kmPerPixel(projection, at as [number, number]);
    const east = projection.invert!([at[0] + 100, at[1]]) as LonLat;
    expect(distanceKm(ny, east) / (100 * perPixel)).toBeCloseTo(1, 3);
  });
});

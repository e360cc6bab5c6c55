import { describe, expect, it } from 'vitest';
import { locatorProjection, regionProjection } from '../../../../src/lib/map/fitProjection.ts';
import { INSET_PLACES, LEAD_FRAMES, LEAD_PLACES, LOCATOR_FRAME } from '../../../../src/lib/map/siteMaps.ts';
import type { Box, LonLat, Padding } from '../../../../src/lib/map/types.ts';
import { place } from './sitePlaces.ts';

const points = (ids: readonly string[]): LonLat[] => ids.map((id) => [place(id).lon, place(id).lat]);

/** Every point projects inside the box, within its padding (half a pixel of slack for rounding). */
function expectInside(projected: ([number, number] | null)[], box: Box, padding: Padding) {
  for (const p of projected) {
    expect(p).not.toBeNull();
    const [x, y] = p!;
    expect(x).toBeGreaterThanOrEqual(padding.left - 0.5);
    expect(x).toBeLessThanOrEqual(box.width - padding.right + 0.5);
    expect(y).toBeGreaterThanOrEqual(padding.top - 0.5);
    expect(y).toBeLessThanOrEqual(box.height - padding.bottom + 0.5);
  }
}

describe('regionProjection(points, box, padding)', () => {
  it.each(Object.entries(LEAD_FRAMES))('fits every place of the lead map inside the %s artboard', (_name, frame) => {
    const projection = regionProjection(points(LEAD_PLACES), frame.box, frame.padding);
    expectInside(points(LEAD_PLACES).map((p) => projection(p)), frame.box, frame.padding);
  });

  it('is a conic with standard parallels inside the places’ latitudes, centred on their longitudes', () => {
    const projection = regionProjection(points(LEAD_PLACES), LEAD_FRAMES.wide.box, LEAD_FRAMES.wide.padding) as ReturnType<typeof regionProjection> & { parallels(): [number, number] };
    const lats = points(LEAD_PLACES).map((p) => p[1]);
    const [a, b] = projection.parallels();
    expect(a).toBeGreaterThan(Math.min(...lats));
    expect(b).toBeLessThan(Math.max(...lats));
    const lons = points(LEAD_PLACES).map((p) => p[0]);
    expect(-projection.rotate()[0]).toBeCloseTo((Math.min(...lons) + Math.max(...lons)) / 2, 6);
  });

  it('touches the padded box: the fit uses the room it has', () => {
    const { box, padding } = LEAD_FRAMES.wide;
    const xs = points(LEAD_PLACES).map((p) => regionProjection(points(LEAD_PLACES), box, padding)(p)![0]);
    const ys = points(LEAD_PLACES).map((p) => regionProjection(points(LEAD_PLACES), box, padding)(p)![1]);
    const fillsWidth = Math.abs(Math.min(...xs) - padding.left) < 1 && Math.abs(Math.max(...xs) - (box.width - padding.right)) < 1;
    const fillsHeight = Math.abs(Math.min(...ys) - padding.top) < 1 && Math.abs(Math.max(...ys) - (box.height - padding.bottom)) < 1;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('refuses no points', () => {
    expect(() => regionProjection([], LEAD_FRAMES.wide.box, LEAD_FRAMES.wide.padding)).toThrow(/no points/);
  });
});

describe('locatorProjection(points, box, padding, minRadiusKm, centre)', () => {
  const { box, padding } = LOCATOR_FRAME;

  it.each([
    ['new-york', 'pyongyang', 'moscow'],
    ['washington', 'pyongyang', 'moscow'],
    ['kyiv', 'kursk', 'pyongyang', 'moscow'],
    ['budapest', 'kursk', 'pyongyang', 'moscow'],
    ['panmunjom', 'pyongyang', 'moscow'],
  ])('fits %s and the reference capitals inside the box, at world scale if need be', (...ids) => {
    const centre: LonLat = [place(ids[0]).lon, place(ids[0]).lat];
    const projection = locatorProjection(points(ids), box, padding, 700, centre);
    expectInside(points(ids).map((p) => projection(p)), box, padding);
    // Centred on where it happened: its distance to any point is true there (azimuthal equidistant).
    expect(projection.rotate()[0]).toBeCloseTo(-centre[0], 6);
    expect(projection.rotate()[1]).toBeCloseTo(-centre[1], 6);
  });

  it('shows at least the minimum radius around a single place', () => {
    const kursk: LonLat = [place('kursk').lon, place('kursk').lat];
    const projection = locatorProjection([kursk], box, padding, 700);
    const [x, y] = projection(kursk)!;
    // 700 km east of Kursk still lies inside the drawing.
    const east = projection.invert!([box.width - padding.right, y])!;
    expect(east[0]).toBeGreaterThan(kursk[0]);
    expect(x).toBeCloseTo((padding.left + box.width - padding.right) / 2, 0);
  });

  it('fits the inset’s border places', () => {
    const projection = locatorProjection(points(INSET_PLACES), box, padding, 90, points(['khasan-tumangang'])[0]);
    expectInside(points(INSET_PLACES).map((p) => projection(p)), box, padding);
  });
});

import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../../src/lib/map/distance.ts';
import { layoutMap, type MapLayout } from '../../../../src/lib/map/layoutMap.ts';
import { overlaps } from '../../../../src/lib/map/placeMapLabels.ts';
import { insetSpec, leadMapSpecs, locatorSpec } from '../../../../src/lib/map/siteMaps.ts';
import { lookup, place, world } from './sitePlaces.ts';

function expectNoOverlaps(layout: MapLayout) {
  const boxes = [...layout.labels, ...(layout.route?.label ? [layout.route.label] : []), ...layout.countryLabels.map((c) => ({ ...c, id: c.code }))];
  for (const a of boxes) {
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.y).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width).toBeLessThanOrEqual(layout.box.width);
    expect(a.y + a.height).toBeLessThanOrEqual(layout.box.height);
    for (const b of boxes) if (a !== b) expect(overlaps(a, b), `${'id' in a ? a.id : ''} / ${'id' in b ? b.id : ''}`).toBe(false);
    // No label covers a point other than its own.
    for (const p of layout.points) {
      if (p.id === ('id' in a ? a.id : '')) continue;
      expect(overlaps(a, { x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r }), `${'id' in a ? a.id : ''} over ${p.id}`).toBe(false);
    }
  }
}

describe.each(['es', 'en'] as const)('the site’s maps, %s', (lang) => {
  const lead = leadMapSpecs(lookup, lang);
  const wide = layoutMap(world, lead.wide);
  const narrow = layoutMap(world, lead.narrow);

  it('lead map: every place inside the box, labels without overlaps, on both artboards', () => {
    for (const layout of [wide, narrow]) {
      for (const p of layout.points) {
        expect(p.x).toBeGreaterThan(0);
        expect(p.x).toBeLessThan(layout.box.width);
        expect(p.y).toBeGreaterThan(0);
        expect(p.y).toBeLessThan(layout.box.height);
      }
      expectNoOverlaps(layout);
    }
  });

  it('lead map: labels every place on the wide artboard, and the key ones and the distance on the narrow one', () => {
    expect(wide.labels.map((l) => l.id).sort()).toEqual(wide.points.map((p) => p.id).sort());
    for (const id of ['pyongyang', 'kursk', 'moscow']) expect(narrow.labels.map((l) => l.id)).toContain(id);
    for (const layout of [wide, narrow]) expect(layout.route?.label).not.toBeNull();
    expect(wide.countryLabels.map((c) => c.code)).toEqual(expect.arrayContaining(['RU', 'KP']));
  });

  it('lead map: the route is Pyongyang–Kursk, its length computed from the coordinates', () => {
    const km = distanceKm([place('pyongyang').lon, place('pyongyang').lat], [place('kursk').lon, place('kursk').lat]);
    expect(wide.route!.km).toBe(km);
    expect(wide.route!.label!.text).toContain(lang === 'es' ? '6700' : '6,700');
  });

  it('inset: shows the Russia–North Korea border and labels the crossing', () => {
    const inset = layoutMap(world, insetSpec(lookup, lang));
    expect(inset.keyBorder).not.toBe('');
    expect(inset.labels.map((l) => l.id)).toContain('khasan-tumangang');
    expectNoOverlaps(inset);
  });

  it.each([[['kyiv', 'kursk']], [['new-york']], [['seoul', 'kursk']], [['pyongyang']], [['panmunjom']]])('locator for %j: inside the box, no overlaps, its place labelled', (ids) => {
    const { spec, routeFrom, routeTo } = locatorSpec(ids, lookup, lang);
    const layout = layoutMap(world, spec);
    expectNoOverlaps(layout);
    expect(layout.labels.map((l) => l.id)).toContain(ids[0]);
    expect(routeTo).toBeDefined();
    expect(routeTo!.id).toBe(routeFrom.id === 'pyongyang' ? 'moscow' : 'pyongyang');
  });

  it('locator: the troop events’ route runs from Kursk, the place they concern', () => {
    expect(locatorSpec(['kyiv', 'kursk'], lookup, lang).routeFrom.id).toBe('kursk');
    expect(locatorSpec(['seoul', 'kursk'], lookup, lang).routeFrom.id).toBe('kursk');
    expect(locatorSpec(['moscow', 'pyongyang'], lookup, lang).routeFrom.id).toBe('moscow');
  });

  it('is deterministic: two layouts of the same spec are equal', () => {
    expect(layoutMap(world, leadMapSpecs(lookup, lang).wide)).toEqual(wide);
  });
});

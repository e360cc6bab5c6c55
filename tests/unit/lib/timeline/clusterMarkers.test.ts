import { describe, expect, it } from 'vitest';
import { clusterMarkers } from '../../../../src/lib/timeline/clusterMarkers.ts';
import { seeded } from '../../../support/syntheticEvents.ts';

const points = (xs: number[]) => xs.map((x, i) => ({ id: `p${i}`, x }));

describe('clusterMarkers(points, distance, pinned)', () => {
  it('leaves markers far enough apart alone', () => {
    const groups = clusterMarkers(points([10, 30, 60]), 14);
    expect(groups.map((g) => g.ids)).toEqual([['p0'], ['p1'], ['p2']]);
    expect(groups.map((g) => g.x)).toEqual([10, 30, 60]);
  });

  it('merges markers that would overlap into one group drawn at the middle of its members', () => {
    const groups = clusterMarkers(points([100, 104, 109, 200]), 14);
    expect(groups.map((g) => g.ids)).toEqual([['p0', 'p1', 'p2'], ['p3']]);
    expect(groups[0]).toMatchObject({ x0: 100, x1: 109, x: 104.5 });
  });

  it.each([1, 2, 3])('leaves every drawn marker at least the distance from the next (seed %i)', (seed) => {
    const rand = seeded(seed);
    const xs = Array.from({ length: 400 }, () => rand() * 1000);
    const groups = clusterMarkers(points(xs), 14);
    expect(groups.flatMap((g) => g.ids).sort()).toEqual(xs.map((_, i) => `p${i}`).sort());
    for (let i = 1; i < groups.length; i += 1) expect(groups[i].x - groups[i - 1].x).toBeGreaterThanOrEqual(14);
    // Groups stay compact: a dense run splits rather than swallowing the drawing.
    for (const g of groups) expect(g.x1 - g.x0).toBeLessThanOrEqual(2 * 14);
  });

  it('keeps a cluster (drawn larger) further from its neighbours than a plain marker', () => {
    // Two pairs 16 px apart: as plain markers they would stay apart; as clusters they merge.
    expect(clusterMarkers(points([100, 116]), 14, new Set(), 22).map((g) => g.ids.length)).toEqual([1, 1]);
    expect(clusterMarkers(points([100, 104, 120, 124]), 14, new Set(), 22).map((g) => g.ids.length)).toEqual([4]);
    const groups = clusterMarkers(points([100, 104, 140]), 14, new Set(), 22);
    expect(groups.map((g) => g.ids.length)).toEqual([2, 1]);
  });

  it('never merges a pinned marker (the focused or open event)', () => {
    const groups = clusterMarkers(points([100, 104, 109]), 14, new Set(['p1']));
    expect(groups.map((g) => g.ids)).toEqual([['p0'], ['p1'], ['p2']]);
  });

  it('gives the same groups whatever the input order', () => {
    const xs = [5, 300, 7, 9, 150, 151];
    const a = clusterMarkers(points(xs), 14);
    const b = clusterMarkers(points(xs).reverse(), 14);
    expect(b.map((g) => [...g.ids].sort())).toEqual(a.map((g) => [...g.ids].sort()));
  });
});

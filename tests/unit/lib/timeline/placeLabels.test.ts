import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from '../../../../src/lib/timeline/placeLabels.ts';
import { seeded } from '../../../support/syntheticEvents.ts';

const options = { left: 0, right: 600, lanes: 3, gap: 8 };

function requests(n: number, seed: number): (LabelRequest & { width: number })[] {
  const rand = seeded(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    x: Math.round(rand() * 600),
    width: 40 + Math.round(rand() * 110),
    importance: 1 + Math.floor(rand() * 3),
    start: i,
  }));
}

describe('placeLabels(requests, options)', () => {
  it.each([1, 2, 3, 4, 5])('never overlaps two labels in a lane, nor a label and a stem below it (seed %i)', (seed) => {
    const reqs = requests(80, seed);
    const slots = placeLabels(reqs, options);
    const placed = reqs.flatMap((r) => {
      const slot = slots.get(r.id);
      return slot ? [{ ...r, ...slot, markerX: r.x }] : [];
    });
    expect(placed.length).toBeGreaterThan(5);
    for (const a of placed) {
      expect(a.x).toBeGreaterThanOrEqual(options.left);
      expect(a.x + a.width).toBeLessThanOrEqual(options.right);
      for (const b of placed) {
        if (a === b) continue;
        if (a.lane === b.lane) {
          const apart = a.x + a.width + options.gap <= b.x || b.x + b.width + options.gap <= a.x;
          expect(apart, `${a.id} and ${b.id} overlap in lane ${a.lane}`).toBe(true);
        }
        if (b.lane > a.lane) {
          // b's stem runs down through a's lane at b's marker.
          const crosses = b.markerX + 2 > a.x - options.gap / 2 && b.markerX - 2 < a.x + a.width + options.gap / 2;
          expect(crosses, `${b.id}'s stem crosses ${a.id}`).toBe(false);
        }
      }
    }
  });

  it('places the more important of two colliding labels', () => {
    const slots = placeLabels(
      [
        { id: 'minor', x: 100, width: 100, importance: 1, start: 0 },
        { id: 'major', x: 110, width: 100, importance: 3, start: 1 },
      ],
      { ...options, lanes: 1 },
    );
    expect(slots.get('major')).not.toBeNull();
    expect(slots.get('minor')).toBeNull();
  });

  it('places ids named in `first` before anything else', () => {
    const slots = placeLabels(
      [
        { id: 'major', x: 110, width: 100, importance: 3, start: 1 },
        { id: 'focused', x: 100, width: 100, importance: 1, start: 0 },
      ],
      { ...options, lanes: 1, first: ['focused'] },
    );
    expect(slots.get('focused')).not.toBeNull();
    expect(slots.get('major')).toBeNull();
  });

  it('pulls a label near the right edge back inside the plot', () => {
    const slots = placeLabels([{ id: 'edge', x: 590, width: 100, importance: 2, start: 0 }], options);
    expect(slots.get('edge')).toEqual({ x: 500, lane: 0 });
  });

  it('gives the same result for the same input, in any input order', () => {
    const reqs = requests(60, 9);
    const a = placeLabels(reqs, options);
    const b = placeLabels([...reqs].reverse(), options);
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
  });
});

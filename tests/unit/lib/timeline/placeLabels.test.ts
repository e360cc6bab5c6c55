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
      return slot ? [{ ...r, x: slot.x, lane: slot.lane, markerX: r.x }] : [];
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

  it('flips a label near the right edge to end at its marker, anchored at its end', () => {
    const slots = placeLabels([{ id: 'edge', x: 590, width: 100, importance: 2, start: 0 }], options);
    expect(slots.get('edge')).toEqual({ x: 590 + 4 - 100, lane: 0, anchor: 'end' });
  });

  it('starts a label at its marker where it fits, anchored at its start', () => {
    const slots = placeLabels([{ id: 'left', x: 20, width: 100, importance: 2, start: 0 }], options);
    expect(slots.get('left')).toEqual({ x: 16, lane: 0, anchor: 'start' });
  });

  it('pushes a label wider than the room on both sides inside the limits, never across them', () => {
    const slots = placeLabels([{ id: 'wide', x: 300, width: 500, importance: 2, start: 0 }], options);
    const slot = slots.get('wide')!;
    expect(slot.x).toBeGreaterThanOrEqual(options.left);
    expect(slot.x + 500).toBeLessThanOrEqual(options.right);
  });

  it('gives a tall label every lane it fills, and keeps other labels out of them', () => {
    const slots = placeLabels(
      [
        { id: 'tall', x: 100, width: 120, lanes: 2, importance: 3, start: 0 },
        { id: 'short', x: 110, width: 100, importance: 2, start: 1 },
      ],
      { ...options, lanes: 3 },
    );
    const tall = slots.get('tall')!;
    const short = slots.get('short');
    expect(tall.lane).toBe(0);
    // The short label's stem would cross the tall label: it has no room.
    expect(short).toBeNull();
    const none = placeLabels([{ id: 'tall', x: 100, width: 120, lanes: 4, importance: 3, start: 0 }], { ...options, lanes: 3 });
    expect(none.get('tall')).toBeNull();
  });

  it('stacks dense key labels so that each stem stays clear, where placing them one by one would not', () => {
    // Five key markers across a narrow drawing, labels wider than the gaps between them: one by
    // one (as importance-2 labels are placed), one of them finds no room in five lanes.
    const at: [number, number][] = [[58, 126], [115, 141], [319, 122], [102, 127], [36, 102]];
    const keys = at.map(([x, width], i) => ({ id: `k${i}`, x, width, importance: 3, start: i }));
    const right = 328;
    const one = placeLabels(keys.map((k) => ({ ...k, importance: 2 })), { left: 0, right, lanes: 5, gap: 8 });
    expect(keys.some((k) => one.get(k.id) === null)).toBe(true);
    const slots = placeLabels(keys, { left: 0, right, lanes: 5, gap: 8 });
    const placed = keys.map((k) => ({ ...k, marker: k.x, slot: slots.get(k.id)! }));
    for (const a of placed) {
      expect(a.slot, a.id).not.toBeNull();
      expect(a.slot.x).toBeGreaterThanOrEqual(0);
      expect(a.slot.x + a.width).toBeLessThanOrEqual(right);
      for (const b of placed) {
        if (a === b) continue;
        // A label over another marker sits above that marker's label.
        if (b.marker + 2 > a.slot.x - 4 && b.marker - 2 < a.slot.x + a.width + 4) expect(a.slot.lane, `${a.id} covers ${b.id}`).toBeGreaterThan(b.slot.lane);
      }
    }
  });

  it('places highlighted labels right after the key ones', () => {
    const slots = placeLabels(
      [
        { id: 'minor', x: 100, width: 100, importance: 2, start: 0 },
        { id: 'liked', x: 110, width: 100, importance: 1, start: 1 },
      ],
      { ...options, lanes: 1, prefer: ['liked'] },
    );
    expect(slots.get('liked')).not.toBeNull();
    expect(slots.get('minor')).toBeNull();
  });

  it('gives the same result for the same input, in any input order', () => {
    const reqs = requests(60, 9);
    const a = placeLabels(reqs, options);
    const b = placeLabels([...reqs].reverse(), options);
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
  });
});

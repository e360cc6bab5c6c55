import { describe, expect, it } from 'vitest';
import { labelSides } from '../../../../src/lib/timeline/placeLabels.ts';
import { MAX_KEYS, stackKeyLabels, type KeyBox } from '../../../../src/lib/timeline/stackKeyLabels.ts';

const box = (id: string, x: number, width: number, lanes = 1): KeyBox => ({ id, x, width, lanes, sides: labelSides(x, width, 0, 328) });

describe('stackKeyLabels(boxes, lanes, gap)', () => {
  it('puts a label that crosses another marker above that marker’s label', () => {
    // Near the left edge both labels must start at their markers, so a's label runs over b's marker.
    const slots = stackKeyLabels([box('a', 30, 150), box('b', 90, 100)], 3, 8)!;
    expect(slots.get('b')).toEqual({ x: 86, lane: 0, anchor: 'start' });
    expect(slots.get('a')).toEqual({ x: 26, lane: 1, anchor: 'start' });
  });

  it('uses the fewest lanes it can: side by side when they fit', () => {
    const slots = stackKeyLabels([box('a', 20, 100), box('b', 200, 100)], 3, 8)!;
    expect([slots.get('a')!.lane, slots.get('b')!.lane]).toEqual([0, 0]);
  });

  it('gives a tall label every lane it fills', () => {
    // The tall label starts at 36 and runs over b's marker: b sits in lane 0, the tall label fills lanes 1 and 2.
    const slots = stackKeyLabels([box('tall', 40, 200, 2), box('b', 120, 90)], 4, 8)!;
    expect(slots.get('b')!.lane).toBe(0);
    expect(slots.get('tall')!.lane).toBe(1);
    expect(stackKeyLabels([box('tall', 40, 200, 2), box('b', 120, 90)], 2, 8)).toBeUndefined();
  });

  it('finds nothing when no stacking fits the lanes, or when there are too many to try', () => {
    expect(stackKeyLabels([box('a', 30, 200), box('b', 60, 200), box('c', 90, 200)], 2, 8)).toBeUndefined();
    const many = Array.from({ length: MAX_KEYS + 1 }, (_, i) => box(`k${i}`, 10 + i * 25, 60));
    expect(stackKeyLabels(many, 8, 8)).toBeUndefined();
    expect(stackKeyLabels([], 3, 8)).toBeUndefined();
  });
});

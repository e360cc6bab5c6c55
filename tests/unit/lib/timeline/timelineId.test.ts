import { describe, expect, it } from 'vitest';
import { sortEras, isAltEra } from '../../../../src/lib/timeline/sortEras.ts';
import { timelineId } from '../../../../src/lib/timeline/timelineId.ts';

describe('timelineId(props)', () => {
  it('names views, the explorer and event pages plainly', () => {
    expect(timelineId({ view: 'ratification' })).toBe('tl-ratification');
    expect(timelineId({ explorer: true })).toBe('tl-explorer');
    expect(timelineId({ around: 'treaty-signed' })).toBe('tl-around-treaty-signed');
  });

  it('gives two different windowed timelines on one page two ids, the same on every build', () => {
    const a = timelineId({ window: ['2011-01-01', '2025-12-31'] });
    const b = timelineId({ window: ['2023-01-01', '2023-12-31'] });
    expect(a).not.toBe(b);
    expect(a).toMatch(/^tl-custom-[0-9a-z]{7}$/);
    expect(timelineId({ window: ['2011-01-01', '2025-12-31'] })).toBe(a);
    expect(timelineId({ view: 'war-support', categories: ['war'] })).not.toBe(timelineId({ view: 'war-support' }));
  });
});

describe('sortEras and isAltEra', () => {
  it('put eras in date order and shade every other one back from the latest', () => {
    const eras = [
      { id: 'c', start: 3, end: 4 },
      { id: 'a', start: 1, end: 2 },
      { id: 'b', start: 2, end: 3 },
    ];
    expect(sortEras(eras).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect([0, 1, 2].map((i) => isAltEra(i, 3))).toEqual([false, true, false]);
  });
});

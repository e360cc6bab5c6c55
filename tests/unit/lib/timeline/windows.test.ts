import { describe, expect, it } from 'vitest';
import { extentOf, windowAround } from '../../../../src/lib/timeline/windows.ts';
import { DAY, isoToTime } from '../../../../src/lib/dates/calendarDate.ts';
import { isViewName, VIEWS } from '../../../../src/lib/timeline/views.ts';
import type { TimelineEvent } from '../../../../src/lib/timeline/types.ts';


const ev = (id: string, iso: string, end?: string): TimelineEvent => ({ id, start: isoToTime(iso), end: end ? isoToTime(end) : undefined, importance: 2, label: id, dateLabel: iso });

describe('extentOf(events)', () => {
  it('runs from the first start to the last start or end, padded', () => {
    const [a, b] = extentOf([ev('a', '1950-06-25', '1953-07-27'), ev('b', '1951-01-01')], 0);
    expect(a).toBe(isoToTime('1950-06-25') - 15 * DAY);
    expect(b).toBe(isoToTime('1953-07-27') + 15 * DAY);
  });
});

describe('windowAround(events, id)', () => {
  const events = [ev('a', '2024-06-19'), ev('b', '2024-10-24'), ev('c', '2024-11-06'), ev('d', '2024-12-04')];

  it('is centred on the event and shows both neighbours', () => {
    const [lo, hi] = windowAround(events, 'b');
    const t = isoToTime('2024-10-24');
    expect((lo + hi) / 2).toBe(t);
    expect(lo).toBeLessThan(isoToTime('2024-06-19'));
    expect(hi).toBeGreaterThan(isoToTime('2024-11-06'));
  });

  it('refuses an unknown id', () => {
    expect(() => windowAround(events, 'zz')).toThrow(/no event "zz"/);
  });
});

describe('VIEWS', () => {
  it('names the views the articles use (one for each article’s timeline), with valid ISO windows in order', () => {
    expect(Object.keys(VIEWS).sort()).toEqual(['alliance-at-war', 'history', 'ratification', 'sanctions', 'treaties', 'vostochny', 'war-support']);
    for (const view of Object.values(VIEWS)) {
      if (!('window' in view)) continue;
      expect(isoToTime(view.window[0])).toBeLessThan(isoToTime(view.window[1]));
    }
    expect(isViewName('ratification')).toBe(true);
    expect(isViewName('toString')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { clampWindow, densestWindow, extentOf, openingWindow, panWindow, windowAround, zoomWindow } from '../../../../src/lib/timeline/windows.ts';
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
  it('names the five views the articles use, with valid ISO windows in order', () => {
    expect(Object.keys(VIEWS).sort()).toEqual(['alliance-at-war', 'history', 'ratification', 'vostochny', 'war-support']);
    for (const view of Object.values(VIEWS)) {
      if (!('window' in view)) continue;
      expect(isoToTime(view.window[0])).toBeLessThan(isoToTime(view.window[1]));
    }
    expect(isViewName('ratification')).toBe(true);
    expect(isViewName('toString')).toBe(false);
  });
});

describe('openingWindow(events, eras, bounds)', () => {
  const events = ['1950-06-25', '1961-07-06', '2000-02-09', '2022-02-24', '2023-09-13', '2024-06-19', '2024-10-24', '2025-04-28'].map((d, i) => ev(`e${i}`, d));
  const bounds = extentOf(events);
  const eras = [
    { id: 'old', start: isoToTime('1950-01-01'), end: isoToTime('2022-02-24'), label: 'Old' },
    { id: 'war', start: isoToTime('2022-02-24'), end: isoToTime('2025-04-28'), label: 'War' },
  ];

  it('opens on the latest half of the events, back to the start of their era, padded', () => {
    const [a, b] = openingWindow(events, eras, bounds);
    // The latest half (4 of 8) starts at 2023-09-13, in the war era, which began on 2022-02-24.
    expect(a).toBeLessThan(isoToTime('2022-02-24'));
    expect(a).toBeGreaterThan(isoToTime('2021-12-01'));
    expect(b).toBeGreaterThan(isoToTime('2025-04-28'));
    expect(b).toBeLessThanOrEqual(bounds[1]);
  });

  it('without eras, opens on the latest half itself', () => {
    const [a] = openingWindow(events, [], bounds);
    expect(a).toBeGreaterThan(isoToTime('2023-07-01'));
    expect(a).toBeLessThan(isoToTime('2023-09-13'));
  });
});

describe('clampWindow, zoomWindow, panWindow', () => {
  const bounds = [isoToTime('1945-01-01'), isoToTime('2026-01-01')] as const;
  const day = DAY;

  it('clampWindow keeps a window inside the bounds, no shorter than the minimum, no longer than the bounds', () => {
    expect(clampWindow([isoToTime('2030-01-01'), isoToTime('2031-01-01')], bounds, day)[1]).toBe(bounds[1]);
    expect(clampWindow([bounds[0] - 1e12, bounds[1] + 1e12], bounds, day)).toEqual(bounds);
    const [a, b] = clampWindow([isoToTime('2000-01-01'), isoToTime('2000-01-01') + 1000], bounds, 10 * day);
    expect(b - a).toBe(10 * day);
  });

  it('zoomWindow keeps the anchor where it was on screen', () => {
    const w = [isoToTime('2000-01-01'), isoToTime('2010-01-01')] as const;
    const at = isoToTime('2002-07-01');
    const z = zoomWindow(w, 2, at, bounds, day);
    expect(z[1] - z[0]).toBeCloseTo((w[1] - w[0]) / 2);
    expect((at - z[0]) / (z[1] - z[0])).toBeCloseTo((at - w[0]) / (w[1] - w[0]));
  });

  it('zoomWindow stops at the narrowest window and at the whole period', () => {
    const w = [isoToTime('2000-01-01'), isoToTime('2000-01-21')] as const;
    const z = zoomWindow(w, 100, isoToTime('2000-01-10'), bounds, 10 * day);
    expect(z[1] - z[0]).toBe(10 * day);
    expect(zoomWindow(w, 1e-6, isoToTime('2000-01-10'), bounds, day)).toEqual(bounds);
  });

  it('panWindow never leaves the bounds', () => {
    const w = [isoToTime('2020-01-01'), isoToTime('2025-01-01')] as const;
    const p = panWindow(w, 1e12, bounds);
    expect(p[1]).toBe(bounds[1]);
    expect(p[1] - p[0]).toBe(w[1] - w[0]);
    expect(panWindow(w, -1e13, bounds)[0]).toBe(bounds[0]);
  });
});

describe('densestWindow(times, window, span)', () => {
  const t = (iso: string) => isoToTime(iso);
  const times = ['1950-01-01', '1961-01-01', '2024-06-19', '2024-10-24', '2024-11-06', '2024-11-09', '2024-12-04'].map(t);

  it('goes where the events are, inside the window', () => {
    const window = [t('1945-01-01'), t('2026-01-01')] as const;
    const [a, b] = densestWindow(times, window, 365 * DAY);
    expect(a).toBeLessThanOrEqual(t('2024-06-19'));
    expect(b).toBeGreaterThanOrEqual(t('2024-12-04'));
    expect(b).toBeLessThanOrEqual(window[1]);
  });

  it('with no event in the window, goes to the event nearest its middle', () => {
    const window = [t('1970-01-01'), t('1980-01-01')] as const;
    const [a, b] = densestWindow(times, window, 5 * 365 * DAY);
    expect((a + b) / 2).toBe(t('1961-01-01'));
  });
});

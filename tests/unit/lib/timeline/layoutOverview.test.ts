import { describe, expect, it } from 'vitest';
import { isoToTime } from '../../../../src/lib/dates/calendarDate.ts';
import { layoutOverview, OVERVIEW_BINS, overviewShare, overviewTime, percent } from '../../../../src/lib/timeline/layoutOverview.ts';

const t = isoToTime;
const range = [t('1945-01-01'), t('2026-01-01')] as const;

describe('layoutOverview(starts, eras, range, window)', () => {
  const starts = ['1950-06-25', '1961-07-06', '2024-06-19', '2024-10-24', '2024-11-06', '2024-12-04'].map(t);
  const eras = [
    { id: 'war', start: t('2022-02-24'), end: t('2026-01-01'), label: 'War' },
    { id: 'soviet', start: t('1945-08-09'), end: t('1990-09-30'), label: 'Soviet' },
  ];
  const o = layoutOverview(starts, eras, range, [t('2022-01-01'), t('2026-01-01')]);

  it('draws the density of events as bars, the densest the tallest', () => {
    expect(o.bins.length).toBeLessThanOrEqual(OVERVIEW_BINS);
    expect(Math.max(...o.bins.map((b) => b.height))).toBe(1);
    const last = o.bins.at(-1)!;
    expect(last.height).toBe(1);
    expect(o.bins[0].height).toBeLessThan(1);
  });

  it('marks the window the drawing shows, as shares of the strip', () => {
    expect(o.window.from).toBeCloseTo(overviewShare(t('2022-01-01'), range));
    expect(o.window.to).toBe(1);
  });

  it('labels decades, every other one minor, and the eras in date order', () => {
    expect(o.years.map((y) => y.text)).toEqual(['1950', '1960', '1970', '1980', '1990', '2000', '2010', '2020']);
    expect(o.years.filter((y) => !y.minor).map((y) => y.text)).toEqual(['1960', '1980', '2000', '2020']);
    expect(o.eras.map((e) => [e.id, e.alt])).toEqual([['soviet', true], ['war', false]]);
  });

  it('turns shares into times and percentages and back', () => {
    expect(overviewTime(overviewShare(t('2000-01-01'), range), range)).toBeCloseTo(t('2000-01-01'), -3);
    expect(overviewShare(t('1900-01-01'), range)).toBe(0);
    expect(percent(0.123456)).toBe('12.35%');
  });
});

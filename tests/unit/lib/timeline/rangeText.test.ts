import { describe, expect, it } from 'vitest';
import { isoToTime } from '../../../../src/lib/dates/calendarDate.ts';
import { clusterName, longRange, monthYear, shortRange, windowText } from '../../../../src/lib/timeline/rangeText.ts';

const t = isoToTime;

describe('shortRange and longRange', () => {
  it.each([
    ['2024-10-18', '2024-12-04', 'es', 'oct–dic 2024', 'octubre–diciembre de 2024'],
    ['2024-10-18', '2024-12-04', 'en', 'Oct–Dec 2024', 'October–December 2024'],
    ['2024-11-04', '2024-11-11', 'es', 'nov 2024', 'noviembre de 2024'],
    ['2024-12-04', '2025-02-01', 'es', 'dic 2024–feb 2025', 'de diciembre de 2024 a febrero de 2025'],
    ['2024-12-04', '2025-02-01', 'en', 'Dec 2024–Feb 2025', 'December 2024 to February 2025'],
    ['2022-02-24', '2026-03-16', 'es', '2022–2026', '2022–2026'],
  ] as const)('%s to %s in %s: %s / %s', (a, b, lang, short, long) => {
    expect(shortRange(t(a), t(b), lang)).toBe(short);
    expect(longRange(t(a), t(b), lang)).toBe(long);
  });

  it('monthYear and windowText say a window in words', () => {
    expect(monthYear(t('2022-02-24'), 'es')).toBe('febrero de 2022');
    expect(windowText([t('2022-02-01'), t('2026-03-31')], 'en', '{from} to {to}')).toBe('February 2022 to March 2026');
  });
});

describe('clusterName(words, cluster, lang)', () => {
  it('says how many events and when, once', () => {
    const cluster = { members: ['a', 'b', 'c', 'd', 'e'], start: isoToTime('2024-10-18'), end: isoToTime('2024-12-04') };
    expect(clusterName({ clusterName: '{n} hechos, {range}' }, cluster, 'es')).toBe('5 hechos, octubre–diciembre de 2024');
  });
});

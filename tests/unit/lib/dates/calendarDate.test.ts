import { describe, expect, it } from 'vitest';
import { DAY, isCalendarDate, isoToDate, isoToTime, laterIso, parseIsoDate, timeToIso } from '../../../../src/lib/dates/calendarDate.ts';

describe('isCalendarDate(value)', () => {
  it.each([
    ['2024-06-19', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-13-01', false],
    ['2024-6-19', false],
    ['19-06-2024', false],
    ['2024-06-19T00:00', false],
  ])('%s → %s', (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok);
  });
});

describe('parseIsoDate(iso)', () => {
  it('splits a date into year, month (1-based) and day', () => {
    expect(parseIsoDate('2024-06-19')).toEqual({ year: 2024, month: 6, day: 19 });
  });

  it('refuses a day that does not exist, naming it', () => {
    expect(() => parseIsoDate('2024-06-31')).toThrow(/"2024-06-31"/);
  });
});

describe('isoToTime(iso) and timeToIso(time)', () => {
  it('maps a date to UTC midnight and back, whatever the machine’s zone', () => {
    expect(isoToTime('2024-06-19')).toBe(Date.UTC(2024, 5, 19));
    expect(timeToIso(isoToTime('1945-08-09'))).toBe('1945-08-09');
    expect(timeToIso(isoToTime('2024-06-19') + DAY - 1)).toBe('2024-06-19');
    expect(isoToDate('2024-12-04').toISOString()).toBe('2024-12-04T00:00:00.000Z');
  });

  it('counts a day as 86,400,000 ms', () => {
    expect(isoToTime('2024-03-01') - isoToTime('2024-02-29')).toBe(DAY);
  });
});

describe('laterIso(a, b)', () => {
  it('picks the later date', () => {
    expect(laterIso('2024-11-09', '2026-03-16')).toBe('2026-03-16');
    expect(laterIso('2026-03-16', '2024-11-09')).toBe('2026-03-16');
  });
});

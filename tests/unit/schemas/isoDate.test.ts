import { describe, expect, it } from 'vitest';
import { isCalendarDate, isoDate } from '../../../src/schemas/isoDate.ts';

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

describe('isoDate schema', () => {
  it('accepts a Date from a YAML parser as its calendar day', () => {
    expect(isoDate.parse(new Date(Date.UTC(2024, 5, 19)))).toBe('2024-06-19');
  });

  it('says what is wrong with a bad date', () => {
    const result = isoDate.safeParse('2024-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/not a calendar date: "2024-02-30"/);
  });
});

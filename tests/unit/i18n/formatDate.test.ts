import { describe, expect, it } from 'vitest';
import { formatDate, formatShortDate, formatSpan, monthName } from '../../../src/i18n/formatDate.ts';

describe('formatDate(iso, precision, lang)', () => {
  it.each([
    ['2024-06-19', 'day', 'es', '19 de junio de 2024'],
    ['2024-06-19', 'day', 'en', '19 June 2024'],
    ['2024-06-19', 'month', 'es', 'junio de 2024'],
    ['2024-06-19', 'month', 'en', 'June 2024'],
    ['2024-06-19', 'year', 'es', '2024'],
    ['1945-08-09', 'day', 'en', '9 August 1945'],
    ['2024-12-04', 'day', 'es', '4 de diciembre de 2024'],
  ] as const)('%s at %s precision in %s → %s', (iso, precision, lang, expected) => {
    expect(formatDate(iso, precision, lang)).toBe(expected);
  });

  it('leaves the year out when asked', () => {
    expect(formatDate('2024-10-24', 'day', 'es', false)).toBe('24 de octubre');
    expect(formatDate('2024-10-24', 'day', 'en', false)).toBe('24 October');
    expect(formatDate('2024-06-19', 'month', 'en', false)).toBe('June');
    expect(formatDate('2024-06-19', 'year', 'en', false)).toBe('2024');
  });

  it('does not depend on the time zone (dates are calendar dates)', () => {
    expect(formatDate('2024-01-01', 'day', 'en')).toBe('1 January 2024');
    expect(formatDate('2024-12-31', 'day', 'en')).toBe('31 December 2024');
  });

  it('refuses what is not an ISO date', () => {
    expect(() => formatDate('19/06/2024', 'day', 'es')).toThrow(/ISO/);
  });
});

describe('formatSpan(start, end, precision, lang)', () => {
  it('joins start and end with an en dash', () => {
    expect(formatSpan('1950-06-25', '1953-07-27', 'day', 'es')).toBe('25 de junio de 1950 – 27 de julio de 1953');
  });

  it('gives the start alone without an end', () => {
    expect(formatSpan('1950-06-25', undefined, 'day', 'en')).toBe('25 June 1950');
  });
});

describe('monthName(month, lang, short)', () => {
  it('names months in each language', () => {
    expect(monthName(9, 'es')).toBe('septiembre');
    expect(monthName(9, 'en', true)).toBe('Sep');
  });
});

describe('formatShortDate(iso, precision, lang)', () => {
  it.each([
    ['2024-06-19', 'day', 'es', '19 jun 2024'],
    ['2024-06-19', 'day', 'en', '19 Jun 2024'],
    ['2024-06-19', 'month', 'es', 'jun 2024'],
    ['2024-06-19', 'year', 'en', '2024'],
  ] as const)('%s at %s precision in %s → %s', (iso, precision, lang, expected) => {
    expect(formatShortDate(iso, precision, lang)).toBe(expected);
  });
});

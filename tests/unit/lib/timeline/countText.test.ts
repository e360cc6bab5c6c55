import { describe, expect, it } from 'vitest';
import { countText } from '../../../../src/lib/timeline/countText.ts';
import { en } from '../../../../src/i18n/strings/en.ts';
import { es } from '../../../../src/i18n/strings/es.ts';

const words = (s: typeof es | typeof en) => ({ count: s['timeline.count'], countFiltered: s['timeline.countFiltered'], countAsOf: s['timeline.countAsOf'] });

describe('countText(words, input)', () => {
  it('says what is in view and what is in all', () => {
    expect(countText(words(es), { inView: 12, shown: 55, total: 55, filtered: false, lang: 'es' })).toBe('12 en la vista · 55 en total');
  });

  it('with filters on, says how many pass them', () => {
    expect(countText(words(en), { inView: 3, shown: 9, total: 55, filtered: true, lang: 'en' })).toBe('3 in view · 9 of 55 match the filters');
  });

  it('on a date, says how many were known then', () => {
    expect(countText(words(es), { inView: 8, shown: 30, total: 55, filtered: false, asOf: '2024-11-09', lang: 'es' })).toBe('8 en la vista · 30 conocidos el 9 nov 2024');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, isLang, otherLang, pickLang } from '../../../src/i18n/languages.ts';

describe('pickLang(preferred)', () => {
  it.each([
    [['en-US', 'en'], 'en'],
    [['en-GB'], 'en'],
    [['es-MX', 'en'], 'es'],
    [['fr-FR', 'en-US'], 'en'],
    [['ko-KR', 'ru'], 'es'],
    [[], 'es'],
  ])('%j → %s', (preferred, lang) => {
    expect(pickLang(preferred)).toBe(lang);
  });

  it('defaults to Spanish, the source report’s language', () => {
    expect(DEFAULT_LANG).toBe('es');
  });
});

describe('isLang and otherLang', () => {
  it('knows exactly es and en', () => {
    expect(['es', 'en', 'fr', '', undefined].map(isLang)).toEqual([true, true, false, false, false]);
    expect(otherLang('es')).toBe('en');
    expect(otherLang('en')).toBe('es');
  });
});

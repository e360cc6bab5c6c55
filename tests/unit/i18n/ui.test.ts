import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages.ts';
import { t, translator } from '../../../src/i18n/t.ts';
import { languageName, UI } from '../../../src/i18n/ui.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('have the same keys in every language', () => {
    const keys = LANGUAGES.map((lang) => Object.keys(UI[lang]).sort());
    for (const other of keys.slice(1)) expect(other).toEqual(keys[0]);
  });

  it.each(LANGUAGES)('are never empty in %s', (lang) => {
    const empty = Object.entries(UI[lang]).filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(UI.es) as (keyof typeof UI.es)[]) {
      expect(placeholders(UI.en[key]), key).toEqual(placeholders(UI.es[key]));
    }
  });
});

describe('t(lang, key, vars)', () => {
  it('looks a string up in the right language', () => {
    expect(t('es', 'nav.timeline')).toBe('Cronología');
    expect(translator('en')('nav.timeline')).toBe('Timeline');
  });

  it('fills placeholders and refuses a missing one', () => {
    expect(t('en', 'method.sourceCount', { n: 3, p: 2 })).toBe('3 sources from 2 outlets and institutions');
    expect(() => t('en', 'method.sourceCount', { n: 3 })).toThrow(/\{p\}/);
  });
});

describe('languageName(code, lang)', () => {
  it('names known languages and falls back to the code', () => {
    expect(languageName('ru', 'es')).toBe('ruso');
    expect(languageName('ko', 'en')).toBe('Korean');
    expect(languageName('xx', 'en')).toBe('xx');
  });
});

/** Both editions of every page exist; each page's <html lang> and hreflang alternates are right and reciprocal (from the files). */
import { describe, expect, it } from 'vitest';
import { BASE_PATH, builtPages, readPage } from '../../support/site.ts';

const pages = builtPages();
const editions = pages.filter((p) => /^(es|en)\//.test(p));
const alternatesOf = (page: string) =>
  Object.fromEntries([...readPage(page).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]).pathname]));

describe('the editions', () => {
  it('the build has both editions of every page, a root address and a 404', () => {
    expect(pages).toContain('');
    expect(pages).toContain('404.html');
    expect(editions.filter((p) => p.startsWith('es/')).length).toBe(editions.filter((p) => p.startsWith('en/')).length);
    expect(editions.filter((p) => p.startsWith('es/')).length).toBeGreaterThan(2);
  });

  it.each(editions)('/%s: <html lang> and hreflang alternates are right and reciprocal', (page) => {
    const lang = page.slice(0, 2);
    expect(readPage(page)).toMatch(new RegExp(`<html lang="${lang}"`));
    const alternates = alternatesOf(page);
    expect(Object.keys(alternates).sort()).toEqual(['en', 'es', 'x-default']);
    expect(alternates[lang]).toBe(BASE_PATH + page);
    expect(alternates['x-default']).toBe(alternates.es);
    const other = lang === 'es' ? 'en' : 'es';
    const counterpart = alternates[other].slice(BASE_PATH.length);
    expect(editions).toContain(counterpart);
    expect(readPage(counterpart)).toMatch(new RegExp(`<html lang="${other}"`));
    expect(alternatesOf(counterpart)[lang]).toBe(BASE_PATH + page);
  });
});

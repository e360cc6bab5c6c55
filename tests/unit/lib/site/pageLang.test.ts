import { describe, expect, it } from 'vitest';
import { pageLang } from '../../../../src/lib/site/pageLang.ts';

describe('pageLang(pathname, base)', () => {
  it.each([
    ['/es/cronologia/', '/', 'es'],
    ['/en/timeline/treaty-signed/', '/', 'en'],
    ['/repo/en/articles/x/', '/repo/', 'en'],
    ['/repo/es/', '/repo/', 'es'],
    ['/repo/', '/repo/', 'es'],
    ['/repo/fr/', '/repo/', 'es'],
  ])('%s under %s → %s', (pathname, base, lang) => {
    expect(pageLang(pathname, base)).toBe(lang);
  });
});

import { describe, expect, it } from 'vitest';
import { groupByType, pageType } from '../../../../src/lib/site/pageType.ts';

describe('pageType(path)', () => {
  it.each([
    ['', 'root'],
    ['404.html', '404'],
    ['es/', 'home'],
    ['en/', 'home'],
    ['es/cronologia/', 'explorer'],
    ['en/timeline/treaty-signed/', 'event'],
    ['es/articulos/el-tratado/', 'article'],
    ['en/sources-and-method/', 'method'],
    ['es/buscar/', 'search'],
    ['en/data/', 'data'],
    ['es/datos/', 'data'],
    ['es/embed/ratification/', 'embed'],
    ['en/embed/treaty-signed/', 'embed'],
  ])('%j is a %s page', (path, type) => {
    expect(pageType(path)).toBe(type);
  });

  it('knows nothing of paths outside the editions’ sections', () => {
    expect(pageType('fr/')).toBeUndefined();
    expect(pageType('es/no-such-section/')).toBeUndefined();
    expect(pageType('es/cronologia/a/b/')).toBeUndefined();
  });

  it('groups pages by template, in path order', () => {
    const groups = groupByType(['es/cronologia/b/', 'es/', 'es/cronologia/a/', 'og/x.png']);
    expect(Object.fromEntries(groups)).toEqual({ home: ['es/'], event: ['es/cronologia/a/', 'es/cronologia/b/'] });
  });
});

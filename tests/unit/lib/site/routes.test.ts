import { describe, expect, it } from 'vitest';
import { routePath, shareImagePath, type Route } from '../../../../src/lib/site/routes.ts';
import { alternates } from '../../../../src/lib/site/alternates.ts';

const article: Route = { kind: 'article', slugs: { es: 'el-tratado', en: 'the-treaty' } };

describe('routePath(route, lang)', () => {
  it.each([
    [{ kind: 'home' }, '/es/', '/en/'],
    [{ kind: 'timeline' }, '/es/cronologia/', '/en/timeline/'],
    [{ kind: 'event', id: 'treaty-signed' }, '/es/cronologia/treaty-signed/', '/en/timeline/treaty-signed/'],
    [article, '/es/articulos/el-tratado/', '/en/articles/the-treaty/'],
    [{ kind: 'method' }, '/es/fuentes-y-metodo/', '/en/sources-and-method/'],
    [{ kind: 'search' }, '/es/buscar/', '/en/search/'],
    [{ kind: 'corrections' }, '/es/correcciones/', '/en/corrections/'],
  ] as [Route, string, string][])('%j → %s and %s', (route, es, en) => {
    expect(routePath(route, 'es')).toBe(es);
    expect(routePath(route, 'en')).toBe(en);
  });

  it('keeps the same event id in both languages', () => {
    const id = 'vostochny-summit';
    expect(routePath({ kind: 'event', id }, 'es').endsWith(`/${id}/`)).toBe(true);
    expect(routePath({ kind: 'event', id }, 'en').endsWith(`/${id}/`)).toBe(true);
  });
});

describe('alternates(route)', () => {
  it('lists each edition and an x-default pointing at the Spanish one', () => {
    expect(alternates(article)).toEqual([
      { hreflang: 'es', path: '/es/articulos/el-tratado/' },
      { hreflang: 'en', path: '/en/articles/the-treaty/' },
      { hreflang: 'x-default', path: '/es/articulos/el-tratado/' },
    ]);
  });
});

describe('shareImagePath(route, lang)', () => {
  it('gives every page type its own image per language', () => {
    expect(shareImagePath({ kind: 'home' }, 'es')).toBe('/og/es/home.png');
    expect(shareImagePath({ kind: 'timeline' }, 'en')).toBe('/og/en/timeline.png');
    expect(shareImagePath({ kind: 'event', id: 'treaty-signed' }, 'en')).toBe('/og/en/event/treaty-signed.png');
    expect(shareImagePath(article, 'es')).toBe('/og/es/article/el-tratado.png');
  });
});

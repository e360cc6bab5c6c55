import { describe, expect, it } from 'vitest';
import { DATA_FILES, eventDataPath, oembedPath, routePath, shareImagePath, treatyArticleAnchor, treatyArticlePath, type Route } from '../../../../src/lib/site/routes.ts';
import { alternates } from '../../../../src/lib/site/alternates.ts';

const article: Route = { kind: 'article', slugs: { es: 'el-tratado', en: 'the-treaty' } };

describe('routePath(route, lang)', () => {
  it.each([
    [{ kind: 'home' }, '/es/', '/en/'],
    [{ kind: 'timeline' }, '/es/cronologia/', '/en/timeline/'],
    [{ kind: 'event', id: 'treaty-signed' }, '/es/cronologia/treaty-signed/', '/en/timeline/treaty-signed/'],
    [article, '/es/articulos/el-tratado/', '/en/articles/the-treaty/'],
    [{ kind: 'method' }, '/es/fuentes-y-metodo/', '/en/sources-and-method/'],
    [{ kind: 'treaty' }, '/es/tratado/', '/en/treaty/'],
    [{ kind: 'search' }, '/es/buscar/', '/en/search/'],
    [{ kind: 'corrections' }, '/es/correcciones/', '/en/corrections/'],
    [{ kind: 'data' }, '/es/datos/', '/en/data/'],
    [{ kind: 'embed', id: 'ratification' }, '/es/embed/ratification/', '/en/embed/ratification/'],
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

describe('treaty articles', () => {
  it('have a stable anchor per language on the treaty page', () => {
    expect(treatyArticleAnchor(4, 'es')).toBe('articulo-4');
    expect(treatyArticleAnchor(16, 'en')).toBe('article-16');
    expect(treatyArticlePath(4, 'es')).toBe('/es/tratado/#articulo-4');
    expect(treatyArticlePath(22, 'en')).toBe('/en/treaty/#article-22');
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
    expect(shareImagePath({ kind: 'treaty' }, 'es')).toBe('/og/es/treaty.png');
    expect(shareImagePath({ kind: 'event', id: 'treaty-signed' }, 'en')).toBe('/og/en/event/treaty-signed.png');
    expect(shareImagePath(article, 'es')).toBe('/og/es/article/el-tratado.png');
  });
});

describe('the open data and embed paths', () => {
  it('puts the data files in one place for both languages, one record per event beside them', () => {
    expect(DATA_FILES).toEqual({ json: '/data/events.json', csv: '/data/events.csv', schema: '/data/events.schema.json' });
    expect(eventDataPath('treaty-signed')).toBe('/data/events/treaty-signed.json');
  });

  it('puts an embed’s oEmbed document beside it', () => {
    expect(oembedPath('treaty-signed', 'es')).toBe('/es/embed/treaty-signed/oembed.json');
    expect(oembedPath('history', 'en')).toBe('/en/embed/history/oembed.json');
  });
});

import { describe, expect, it } from 'vitest';
import { breadcrumbLd, citationLd, datasetLd, eventPageLd, newsArticleLd, serializeJsonLd, treatyPageLd, websiteLd } from '../../../../src/lib/seo/jsonLd.ts';
import type { CitationInput } from '../../../../src/lib/cite/citation.ts';

const publisher = { name: 'Moscú–Pionyang', url: 'https://example.github.io/repo/es/', logo: 'https://example.github.io/repo/icons/icon-512.png' };

describe('JSON-LD builders', () => {
  it('newsArticleLd has the fields search engines need', () => {
    const ld = newsArticleLd({
      headline: 'El tratado',
      description: 'Qué dice',
      url: 'https://example.github.io/repo/es/articulos/el-tratado/',
      image: 'https://example.github.io/repo/og/es/article/el-tratado.png',
      datePublished: '2026-11-27',
      dateModified: '2026-11-27',
      inLanguage: 'es',
      publisher,
    });
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: 'El tratado', inLanguage: 'es', datePublished: '2026-11-27', publisher: { name: 'Moscú–Pionyang' } });
  });

  it('websiteLd and breadcrumbLd describe the site and a path', () => {
    expect(websiteLd({ name: 'X', url: 'https://x.io/', description: 'd', inLanguage: 'en', publisher })['@type']).toBe('WebSite');
    expect(breadcrumbLd([{ name: 'A', url: 'https://x.io/a/' }, { name: 'B', url: 'https://x.io/b/' }])).toMatchObject({
      itemListElement: [{ position: 1, name: 'A' }, { position: 2, name: 'B' }],
    });
  });

  const cite: CitationInput = {
    author: 'Moscú–Pionyang',
    title: 'El tratado',
    site: 'Moscú–Pionyang',
    kind: 'page',
    published: '2026-11-27',
    updated: '2026-12-01',
    version: '2026-12-01',
    url: 'https://example.github.io/repo/es/articulos/el-tratado/',
  };

  it('citationLd has the citation’s fields: title, author, site, dates, version, URL', () => {
    expect(citationLd(cite)).toEqual({
      name: 'El tratado',
      headline: 'El tratado',
      author: { '@type': 'Organization', name: 'Moscú–Pionyang' },
      isPartOf: { '@type': 'WebSite', name: 'Moscú–Pionyang' },
      datePublished: '2026-11-27',
      dateModified: '2026-12-01',
      version: '2026-12-01',
      url: cite.url,
    });
    expect(citationLd({ ...cite, published: undefined, updated: undefined })).not.toHaveProperty('datePublished');
  });

  it('newsArticleLd, eventPageLd and datasetLd carry the citation’s version', () => {
    const article = newsArticleLd({ headline: 'El tratado', description: 'd', url: cite.url, image: 'https://x/i.png', datePublished: '2026-11-27', dateModified: '2026-12-01', inLanguage: 'es', publisher, cite });
    expect(article).toMatchObject({ '@type': 'NewsArticle', version: '2026-12-01', isPartOf: { name: 'Moscú–Pionyang' }, author: { name: 'Moscú–Pionyang' } });
    const event = eventPageLd({ cite: { ...cite, published: undefined, updated: undefined }, description: 'd', inLanguage: 'es', image: 'https://x/i.png', publisher, licenseUrl: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(event).toMatchObject({ '@type': 'WebPage', name: 'El tratado', version: '2026-12-01', license: 'https://creativecommons.org/licenses/by/4.0/' });
    const dataset = datasetLd({
      cite: { ...cite, kind: 'dataset', published: undefined, updated: undefined },
      description: 'd',
      inLanguage: 'es',
      publisher,
      licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
      downloads: [{ url: 'https://x/data/events.csv', encodingFormat: 'text/csv', contentSize: '54263 B' }],
    });
    expect(dataset).toMatchObject({ '@type': 'Dataset', name: 'El tratado', version: '2026-12-01', isAccessibleForFree: true, distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv' }] });
    expect(dataset).not.toHaveProperty('headline');
  });

  it('treatyPageLd describes the page as about the treaty, each article a part at its anchor', () => {
    const page = 'https://example.github.io/repo/en/treaty/';
    const ld = treatyPageLd({
      name: 'The treaty, article by article',
      description: 'd',
      url: page,
      inLanguage: 'en',
      publisher,
      treaty: { name: 'Comprehensive Strategic Partnership Treaty', type: 'Treaty', signed: '2024-06-19', articles: [{ name: 'Article 4 — Military assistance', url: `${page}#article-4`, text: 'If either party…' }] },
    });
    expect(ld).toMatchObject({
      '@type': 'WebPage',
      url: page,
      about: { '@type': 'Legislation', legislationDate: '2024-06-19', hasPart: [{ '@type': 'Legislation', name: 'Article 4 — Military assistance', url: `${page}#article-4` }] },
    });
  });

  it('serializeJsonLd cannot be broken out of its script element', () => {
    const text = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });
});

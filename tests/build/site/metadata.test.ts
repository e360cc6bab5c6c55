/** Every built page's metadata, from the files: title, description, canonical, Open Graph and Twitter cards, share images, JSON-LD. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, OUT_DIR, readPage, SITE_ROOT } from '../../support/site.ts';

const pages = builtPages().filter((p) => p !== '404.html');
const meta = (doc: string, attr: 'property' | 'name', key: string) =>
  new RegExp(`<meta ${attr}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(doc)?.[1];
const link = (doc: string, rel: string) => new RegExp(`<link rel="${rel}" href="([^"]*)"`).exec(doc)?.[1];
const jsonLd = (doc: string) => [...doc.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]));

/** Width and height of a PNG, from its header. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('metadata on every page', () => {
  it.each(pages)('/%s', (page) => {
    const doc = readPage(page);
    expect(doc).toMatch(/<title>[^<]+<\/title>/);
    expect(meta(doc, 'name', 'description')?.length).toBeGreaterThan(20);
    const canonical = link(doc, 'canonical')!;
    if (!/name="robots" content="[^"]*noindex/.test(doc)) expect(canonical).toBe(`${SITE_ROOT}${page}`);
    expect(meta(doc, 'property', 'og:url')).toBe(canonical);
    for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale', 'og:locale:alternate', 'og:image:alt']) {
      expect(meta(doc, 'property', key), key).toBeTruthy();
    }
    expect(meta(doc, 'name', 'twitter:card')).toBe('summary_large_image');
    const image = meta(doc, 'property', 'og:image')!;
    expect(image.startsWith(SITE_ROOT)).toBe(true);
    const size = pngSize(path.join(OUT_DIR, image.slice(SITE_ROOT.length)));
    expect([meta(doc, 'property', 'og:image:width'), meta(doc, 'property', 'og:image:height')]).toEqual(size.map(String));
    for (const data of jsonLd(doc)) expect(data['@context']).toBe('https://schema.org');
  });
});

describe('structured data', () => {
  it('articles carry NewsArticle, the home pages WebSite, event pages a breadcrumb', () => {
    const articles = pages.filter((p) => /^(es\/articulos|en\/articles)\/./.test(p));
    expect(articles.length).toBeGreaterThan(0);
    for (const page of articles) {
      const article = jsonLd(readPage(page)).find((d) => d['@type'] === 'NewsArticle');
      expect(article, page).toBeTruthy();
      expect(article.headline).toBeTruthy();
      expect(article.description).toBeTruthy();
      expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.inLanguage).toBe(page.slice(0, 2));
      expect(article.publisher.name).toBeTruthy();
      expect(article.image[0]).toMatch(/\.png$/);
      expect(meta(readPage(page), 'property', 'og:type')).toBe('article');
    }
    for (const lang of ['es', 'en']) expect(jsonLd(readPage(`${lang}/`)).some((d) => d['@type'] === 'WebSite' && d.inLanguage === lang)).toBe(true);
    expect(jsonLd(readPage('en/timeline/treaty-signed/')).find((d) => d['@type'] === 'BreadcrumbList').itemListElement).toHaveLength(3);
  });
});

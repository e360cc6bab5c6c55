/** The RSS feeds, the sitemap and robots.txt, parsed from the files of the test build. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, OUT_DIR, readPage, SITE_ROOT } from '../../support/site.ts';

const pages = builtPages().filter((p) => p !== '404.html');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['item', 'url', 'sitemap', 'xhtml:link'].includes(name) });
const read = (file: string) => {
  const xml = readFileSync(path.join(OUT_DIR, file), 'utf8');
  expect(XMLValidator.validate(xml), `${file} is well-formed XML`).toBe(true);
  return parser.parse(xml);
};

describe('feeds, sitemap and robots.txt', () => {
  it.each(['es', 'en'])('the %s RSS feed lists every article of its edition, and the home page links it', (lang) => {
    const items: { link: string }[] = read(`${lang}/rss.xml`).rss.channel.item;
    const articles = pages.filter((p) => p.startsWith(lang === 'es' ? 'es/articulos/' : 'en/articles/'));
    expect(items.map((i) => i.link).sort()).toEqual(articles.map((p) => `${SITE_ROOT}${p}`).sort());
    expect(readPage(`${lang}/`)).toContain('type="application/rss+xml"');
  });

  it('the sitemap lists every indexable page with its language alternates; robots.txt points at it', () => {
    expect(readFileSync(path.join(OUT_DIR, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_ROOT}sitemap-index.xml`);
    const sitemaps: { loc: string }[] = read('sitemap-index.xml').sitemapindex.sitemap;
    const entries = sitemaps.flatMap(({ loc }) => {
      expect(loc.startsWith(SITE_ROOT)).toBe(true);
      return read(loc.slice(SITE_ROOT.length)).urlset.url as { loc: string; 'xhtml:link': { hreflang: string }[] }[];
    });
    const indexable = pages.filter((p) => !/name="robots" content="[^"]*noindex/.test(readPage(p)));
    expect(entries.map((e) => e.loc).sort()).toEqual(indexable.map((p) => `${SITE_ROOT}${p}`).sort());
    for (const entry of entries) expect(entry['xhtml:link'].map((l) => l.hreflang).sort(), entry.loc).toEqual(['en', 'es', 'x-default']);
  });
});

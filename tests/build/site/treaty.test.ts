/**
 * The treaty page in the built site, under a base path: every described article with its
 * anchor, subject and sources; the provisions without a number and the undescribed articles as
 * such; every event that names an article links to it, and the article links back; every link
 * to an article anywhere on the site lands on an anchor that exists.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/checkContent.ts';
import { readContent } from '../../../src/content-check/readContent.ts';
import { LANGUAGES, type Lang } from '../../../src/i18n/languages.ts';
import { routePath, treatyArticleAnchor, treatyArticlePath } from '../../../src/lib/site/routes.ts';
import { capitalize } from '../../../src/lib/text/capitalize.ts';
import { BASE_PATH, builtPages, readPage } from '../../support/site.ts';

const ARTICLE_WORD: Record<Lang, string> = { es: 'Artículo', en: 'Article' };
const root = path.resolve('.');
const content = checkContent(await readContent(path.join(root, 'content'), root));
const treaty = content.treaty!.data!;
const events = content.events;

/** The HTML of a built page, by its route path (`/es/tratado/`). */
const page = (routed: string) => readPage(routed.slice(1));
/** A route path as the built pages link to it, under the base. */
const href = (routed: string) => `href="${BASE_PATH.slice(0, -1)}${routed}"`;

/** Text as it reads in HTML: the few entities Astro writes, decoded. */
const decode = (html: string) => html.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The HTML of one article's section on the treaty page: from its opening tag to the next article's, or the end of the list. */
function section(html: string, anchor: string): string {
  const start = html.search(new RegExp(`<section class="treaty-article"[^>]*\\bid="${anchor}"`));
  if (start === -1) return '';
  const rest = html.slice(start + 1);
  const next = rest.search(/<section class="treaty-article"|<section class="treaty-unnumbered"|<section aria-labelledby="treaty-undescribed"/);
  return html.slice(start, next === -1 ? undefined : start + 1 + next);
}

/** The HTML from a heading's id to the next h2. */
function part(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start === -1) return '';
  const end = html.indexOf('<h2', start);
  return html.slice(start, end === -1 ? undefined : end);
}

it('the content check passes (what the rest of this file reads)', () => {
  expect(content.problems).toEqual([]);
});

describe.each(LANGUAGES)('the treaty page (%s)', (lang) => {
  const treatyPath = () => routePath({ kind: 'treaty' }, lang);

  it('lists every described article in order, under its anchor, with its subject, who confirms its number and every source', () => {
    const html = page(treatyPath());
    const anchors = [...html.matchAll(/<section class="treaty-article"[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors).toEqual(treaty.articles.map((a) => treatyArticleAnchor(a.number, lang)));
    for (const article of treaty.articles) {
      const text = decode(section(html, treatyArticleAnchor(article.number, lang)));
      expect(text, `Article ${article.number}`).toMatch(new RegExp(`<h3[^>]*>\\s*<span[^>]*>${ARTICLE_WORD[lang]} ${article.number}</span> — ${capitalize(article.subject[lang])}\\s*</h3>`));
      expect(text).toContain(article.provides[lang]);
      for (const confirmer of article.numberConfirmedBy) expect(text).toContain(confirmer.by);
      for (const source of article.sources) expect(text, `Article ${article.number}: ${source.url}`).toContain(`href="${source.url}"`);
    }
  });

  it('gives no anchor to a number it does not describe', () => {
    const html = page(treatyPath());
    const described = new Set(treaty.articles.map((a) => a.number));
    for (let n = 1; n <= 23; n += 1) {
      expect(html.includes(`id="${treatyArticleAnchor(n, lang)}"`), `Article ${n}`).toBe(described.has(n));
    }
  });

  it('lists the provisions without a number, and names the undescribed articles, in sections of their own', () => {
    const html = decode(page(treatyPath()));
    const unnumbered = part(html, 'treaty-unnumbered');
    for (const provision of treaty.unnumbered) {
      expect(unnumbered).toContain(provision.provides[lang]);
      for (const source of provision.sources) expect(unnumbered).toContain(`href="${source.url}"`);
    }
    const undescribed = part(html, 'treaty-undescribed');
    for (const n of treaty.undescribed) expect(undescribed).toMatch(new RegExp(`\\b${n}\\b`));
  });

  it('compares the earlier treaties, each linked to its event, with the event’s sources', () => {
    const html = decode(page(treatyPath()));
    const comparison = part(html, 'comparison');
    for (const row of treaty.comparison) {
      expect(comparison).toContain(row.name[lang]);
      expect(comparison).toContain(href(routePath({ kind: 'event', id: row.event }, lang)));
      const event = events.find((e) => e.id === row.event)!;
      for (const source of [...event.sources, ...row.sources]) expect(comparison).toContain(`href="${source.url}"`);
    }
  });

  it('links every event that names an article to it, and the article back to exactly those events', () => {
    const naming = events.filter((e) => e.treatyArticles.length > 0);
    expect(naming.length, 'some event names an article of the treaty').toBeGreaterThan(0);
    const html = page(treatyPath());
    for (const article of treaty.articles) {
      const linked = [...section(html, treatyArticleAnchor(article.number, lang)).matchAll(/<li data-event="([^"]+)"/g)].map((m) => m[1]);
      const expected = naming.filter((e) => e.treatyArticles.includes(article.number)).map((e) => e.id);
      expect(linked, `Article ${article.number}`).toEqual(expected);
      for (const id of expected) expect(section(html, treatyArticleAnchor(article.number, lang))).toContain(href(routePath({ kind: 'event', id }, lang)));
    }
    for (const event of naming) {
      const eventPage = page(routePath({ kind: 'event', id: event.id }, lang));
      for (const n of event.treatyArticles) {
        expect(eventPage, `${event.id} → Article ${n}`).toContain(href(treatyArticlePath(n, lang)));
      }
    }
  });

  it('shows the treaty articles in the timeline’s entries too (the details panel clones them)', () => {
    const explorer = page(routePath({ kind: 'timeline' }, lang));
    for (const event of events.filter((e) => e.treatyArticles.length > 0)) {
      const entry = explorer.slice(explorer.indexOf(`data-entry="${event.id}"`));
      const end = entry.indexOf('</article>');
      for (const n of event.treatyArticles) expect(entry.slice(0, end), event.id).toContain(href(treatyArticlePath(n, lang)));
    }
  });
});

describe('links to an article of the treaty, anywhere on the site', () => {
  it('land on an anchor the treaty page has', () => {
    const anchors = new Map<string, Set<string>>();
    for (const lang of LANGUAGES) {
      const html = page(routePath({ kind: 'treaty' }, lang));
      anchors.set(`${BASE_PATH.slice(0, -1)}${routePath({ kind: 'treaty' }, lang)}`, new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1])));
    }
    let links = 0;
    for (const built of builtPages()) {
      const html = readPage(built);
      for (const [href, target, hash] of html.matchAll(/href="([^"#]+)#([^"]+)"/g)) {
        if (!anchors.has(target)) continue;
        links += 1;
        expect(anchors.get(target)!.has(hash), `/${built} links to ${href}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(0);
  });
});

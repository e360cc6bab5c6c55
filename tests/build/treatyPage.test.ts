/**
 * The treaty page in the built site, under a base path: every described article with its
 * anchor, subject and sources; the provisions without a number and the undescribed articles as
 * such; every event that names an article links to it, and the article links back; every link
 * to an article anywhere on the site lands on an anchor that exists.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckedEvent } from '../../src/content-check/checkContent.ts';
import { readContent } from '../../src/content-check/readContent.ts';
import { LANGUAGES, type Lang } from '../../src/i18n/languages.ts';
import { routePath, treatyArticleAnchor, treatyArticlePath } from '../../src/lib/site/routes.ts';
import { capitalize } from '../../src/lib/text/capitalize.ts';
import type { TreatyData } from '../../src/schemas/treaty.ts';
import { builtPages } from '../support/site.ts';
import { buildSite } from './buildSite.ts';

const BASE = '/rusia-corea-del-norte/';
const ARTICLE_WORD: Record<Lang, string> = { es: 'Artículo', en: 'Article' };

let out = '';
let treaty: TreatyData;
let events: CheckedEvent[];
const pages = new Map<string, string>();

/** The HTML of a built page, by its path without the base (`/es/tratado/`). */
async function page(routed: string): Promise<string> {
  const cached = pages.get(routed);
  if (cached !== undefined) return cached;
  const html = await readFile(path.join(out, routed, 'index.html'), 'utf8');
  pages.set(routed, html);
  return html;
}

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

beforeAll(async () => {
  const root = path.resolve('.');
  const checked = checkContent(await readContent(path.join(root, 'content'), root));
  expect(checked.problems).toEqual([]);
  treaty = checked.treaty!.data!;
  events = checked.events;
  out = await mkdtemp(path.join(tmpdir(), 'treaty-build-'));
  const run = buildSite({ outDir: out, env: { BASE_PATH: BASE, SITE_URL: 'https://example.github.io' } });
  expect(run.status, run.output).toBe(0);
}, 180_000);

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe.each(LANGUAGES)('the treaty page (%s)', (lang) => {
  const treatyPath = () => routePath({ kind: 'treaty' }, lang);

  it('lists every described article in order, under its anchor, with its subject, who confirms its number and every source', async () => {
    const html = await page(treatyPath());
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

  it('gives no anchor to a number it does not describe', async () => {
    const html = await page(treatyPath());
    const described = new Set(treaty.articles.map((a) => a.number));
    for (let n = 1; n <= 23; n += 1) {
      expect(html.includes(`id="${treatyArticleAnchor(n, lang)}"`), `Article ${n}`).toBe(described.has(n));
    }
  });

  it('lists the provisions without a number, and names the undescribed articles, in sections of their own', async () => {
    const html = decode(await page(treatyPath()));
    const unnumbered = part(html, 'treaty-unnumbered');
    for (const provision of treaty.unnumbered) {
      expect(unnumbered).toContain(provision.provides[lang]);
      for (const source of provision.sources) expect(unnumbered).toContain(`href="${source.url}"`);
    }
    const undescribed = part(html, 'treaty-undescribed');
    for (const n of treaty.undescribed) expect(undescribed).toMatch(new RegExp(`\\b${n}\\b`));
  });

  it('compares the earlier treaties, each linked to its event, with the event’s sources', async () => {
    const html = decode(await page(treatyPath()));
    const comparison = part(html, 'comparison');
    for (const row of treaty.comparison) {
      expect(comparison).toContain(row.name[lang]);
      expect(comparison).toContain(`href="${BASE.slice(0, -1)}${routePath({ kind: 'event', id: row.event }, lang)}"`);
      const event = events.find((e) => e.id === row.event)!;
      for (const source of [...event.sources, ...row.sources]) expect(comparison).toContain(`href="${source.url}"`);
    }
  });

  it('links every event that names an article to it, and the article back to exactly those events', async () => {
    const naming = events.filter((e) => e.treatyArticles.length > 0);
    expect(naming.length, 'some event names an article of the treaty').toBeGreaterThan(0);
    const html = await page(treatyPath());
    for (const article of treaty.articles) {
      const linked = [...section(html, treatyArticleAnchor(article.number, lang)).matchAll(/<li data-event="([^"]+)"/g)].map((m) => m[1]);
      const expected = naming.filter((e) => e.treatyArticles.includes(article.number)).map((e) => e.id);
      expect(linked, `Article ${article.number}`).toEqual(expected);
      for (const id of expected) expect(section(html, treatyArticleAnchor(article.number, lang))).toContain(`href="${BASE.slice(0, -1)}${routePath({ kind: 'event', id }, lang)}"`);
    }
    for (const event of naming) {
      const eventPage = await page(routePath({ kind: 'event', id: event.id }, lang));
      for (const n of event.treatyArticles) {
        expect(eventPage, `${event.id} → Article ${n}`).toContain(`href="${BASE.slice(0, -1)}${treatyArticlePath(n, lang)}"`);
      }
    }
  });

  it('shows the treaty articles in the timeline’s entries too (the details panel clones them)', async () => {
    const explorer = await page(routePath({ kind: 'timeline' }, lang));
    for (const event of events.filter((e) => e.treatyArticles.length > 0)) {
      const entry = explorer.slice(explorer.indexOf(`data-entry="${event.id}"`));
      const end = entry.indexOf('</article>');
      for (const n of event.treatyArticles) expect(entry.slice(0, end), event.id).toContain(`href="${BASE.slice(0, -1)}${treatyArticlePath(n, lang)}"`);
    }
  });
});

describe('links to an article of the treaty, anywhere on the site', () => {
  it('land on an anchor the treaty page has', async () => {
    const anchors = new Map<string, Set<string>>();
    for (const lang of LANGUAGES) {
      const html = await page(routePath({ kind: 'treaty' }, lang));
      anchors.set(`${BASE.slice(0, -1)}${routePath({ kind: 'treaty' }, lang)}`, new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1])));
    }
    let links = 0;
    for (const built of builtPages(out)) {
      if (!built.endsWith('/')) continue;
      const html = await page(`/${built}`);
      for (const [href, target, hash] of html.matchAll(/href="([^"#]+)#([^"]+)"/g)) {
        if (!anchors.has(target)) continue;
        links += 1;
        expect(anchors.get(target)!.has(hash), `/${built} links to ${href}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(0);
  });
});

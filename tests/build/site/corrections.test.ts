/** The corrections log in the built site: each edition's page lists every entry; every page an entry names shows a dated note linking back to it; articles carry schema.org `correction`. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/checkContent.ts';
import { readContent } from '../../../src/content-check/readContent.ts';
import { LANGUAGES } from '../../../src/i18n/languages.ts';
import { routePath } from '../../../src/lib/site/routes.ts';
import { BASE_PATH, readPage } from '../../support/site.ts';

const root = path.resolve('.');
const content = checkContent(await readContent(path.join(root, 'content'), root));
const page = (p: string) => p.slice(1);
const jsonLd = (doc: string) => [...doc.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]));

describe.each(LANGUAGES)('the corrections log (%s)', (lang) => {
  const log = routePath({ kind: 'corrections' }, lang);
  const html = readPage(page(log));

  it('lists every correction, dated, with what was published, what is right and why', () => {
    expect(content.corrections.length).toBeGreaterThan(0);
    for (const c of content.corrections) {
      const entry = new RegExp(`<article id="${c.id}"[\\s\\S]*?</article>`).exec(html)?.[0];
      expect(entry, c.id).toBeTruthy();
      expect(entry).toContain(`<time datetime="${c.date}"`);
      for (const text of [c.title[lang], c.published[lang], c.correct[lang], c.why[lang]]) {
        expect(entry).toContain(text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').slice(0, 40).replace(/&quot;/g, '"'));
      }
    }
  });

  it('every page an entry names shows a dated note that links back to the entry, and the entry links to it', () => {
    for (const c of content.corrections) {
      const targets = [
        ...c.events.map((id) => routePath({ kind: 'event', id }, lang)),
        ...c.articles.map((key) => {
          const article = content.articles.find((a) => a.key === key && a.lang === lang)!;
          return routePath({ kind: 'article', slugs: { es: article.slug, en: article.slug } }, lang);
        }),
      ];
      for (const target of targets) {
        const doc = readPage(page(target));
        const note = /<aside class="correction-note"[\s\S]*?<\/aside>/.exec(doc)?.[0];
        expect(note, `${target} has no correction note`).toBeTruthy();
        expect(note).toContain(`href="${BASE_PATH}${page(log)}#${c.id}"`);
        expect(note).toContain(`<time datetime="${c.date}"`);
        expect(html, `the entry ${c.id} links to ${target}`).toContain(`href="${BASE_PATH}${page(target)}"`);
      }
    }
  });

  it('a corrected article carries each correction as schema.org CorrectionComment', () => {
    for (const article of content.articles.filter((a) => a.lang === lang)) {
      const own = content.corrections.filter((c) => c.articles.includes(article.key));
      const ld = jsonLd(readPage(page(routePath({ kind: 'article', slugs: { es: article.slug, en: article.slug } }, lang)))).find((d) => d['@type'] === 'NewsArticle');
      expect((ld.correction ?? []).map((c: { url: string }) => c.url.split('#')[1]).sort(), article.file).toEqual(own.map((c) => c.id).sort());
      for (const c of ld.correction ?? []) expect(c['@type']).toBe('CorrectionComment');
    }
  });

  it('the footer of every page links to the log', () => {
    expect(readPage(`${lang}/`)).toMatch(new RegExp(`<footer[\\s\\S]*href="${BASE_PATH}${page(log)}"`));
  });
});

describe.each(LANGUAGES)('status histories without JavaScript (%s)', (lang) => {
  it('every event with a history shows it on its page, step by step, in text', () => {
    const withHistory = content.events.filter((e) => e.history?.length);
    expect(withHistory.length).toBeGreaterThan(0);
    for (const event of withHistory) {
      const doc = readPage(page(routePath({ kind: 'event', id: event.id }, lang)));
      const list = /<section class="status-history"[\s\S]*?<\/section>/.exec(doc)?.[0];
      expect(list, event.id).toBeTruthy();
      expect([...list!.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1])).toEqual(event.history!.map((s) => s.date));
    }
  });
});

/**
 * The pages the browser tests visit: one page of every template in each language, the two pages
 * outside the editions, and named edge cases chosen from the content (a span, a claimed event,
 * the longest title, an article with a claim box, the search page with results, an embedded
 * timeline). Every page is checked file by file in vitest (tests/build/site/); a browser is only
 * for what needs one. Embeds (`frame`) have no header: no language switch, no site landmarks;
 * tests/e2e/embed.spec.ts puts them in another site's page.
 */
import path from 'node:path';
import { checkContent } from '../../src/content-check/checkContent.ts';
import { readContent } from '../../src/content-check/readContent.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { groupByType } from '../../src/lib/site/pageType.ts';
import { routePath } from '../../src/lib/site/routes.ts';
import { builtPages } from './site.ts';

export interface SamplePage {
  /** What the page stands for, as test titles say it: `event (es)`, `a claimed event (en)`. */
  name: string;
  /** Path below the base, with a query when the case needs one. */
  path: string;
  /** The template it stands for (`event`), or undefined for an edge case. */
  template?: string;
  /** Its edition, or undefined for the root and the 404 page. */
  lang?: 'es' | 'en';
  /** An embed (/<lang>/embed/<id>/): a page for another site's iframe, with no header or site footer. */
  frame?: boolean;
}

const EMBED = /^(es|en)\/embed\//;

const root = path.resolve('.');
const content = checkContent(await readContent(path.join(root, 'content'), root));

const eventPath = (id: string, lang: (typeof LANGUAGES)[number]) => routePath({ kind: 'event', id }, lang).slice(1);

/** The content-chosen edge cases, each in one language (alternating, so both are covered). */
function edgeCases(pages: ReadonlySet<string>): SamplePage[] {
  const cases: SamplePage[] = [];
  const add = (name: string, lang: 'es' | 'en', page: string | undefined) => {
    if (page && pages.has(page.split('?')[0])) cases.push({ name: `${name} (${lang})`, path: page, lang });
  };
  const span = content.events.find((e) => e.end !== undefined);
  if (span) add('an event that is a span', 'es', eventPath(span.id, 'es'));
  const claimed = content.events.find((e) => e.status === 'claimed');
  if (claimed) add('a claimed event', 'en', eventPath(claimed.id, 'en'));
  const longest = [...content.events].sort((a, b) => b.title.es.length - a.title.es.length)[0];
  if (longest) add('the event with the longest title', 'es', eventPath(longest.id, 'es'));
  const withBox = content.articles.find((a) => a.lang === 'en' && /<ClaimBox>/.test(a.body));
  if (withBox) add('an article with a claim box', 'en', `en/articles/${withBox.slug}/`);
  const longestArticle = content.articles.filter((a) => a.lang === 'es').sort((a, b) => b.title.length - a.title.length)[0];
  if (longestArticle) add('the article with the longest title', 'es', `es/articulos/${longestArticle.slug}/`);
  add('the search page with results', 'es', 'es/buscar/?q=tratado');
  add('an embedded timeline', 'en', 'en/embed/ratification/');
  return cases.map((c) => (EMBED.test(c.path) ? { ...c, frame: true } : c));
}

/** The sample, in a stable order; every page in it exists in the test build. */
export function browserSample(): SamplePage[] {
  const built = builtPages();
  const pages = new Set(built);
  const sample: SamplePage[] = [];
  for (const [type, paths] of groupByType(built)) {
    if (type === 'root' || type === '404') {
      sample.push({ name: type === 'root' ? 'the root address' : 'the 404 page', path: paths[0], template: type });
      continue;
    }
    for (const lang of LANGUAGES) {
      const first = paths.find((p) => p.startsWith(`${lang}/`));
      if (first) sample.push({ name: `${type} (${lang})`, path: first, template: type, lang, ...(EMBED.test(first) && { frame: true }) });
    }
  }
  const seen = new Set(sample.map((s) => s.path));
  for (const edge of edgeCases(pages)) if (!seen.has(edge.path)) sample.push(edge);
  return sample;
}

/** The sample's pages in the two editions (not the root, not the 404). */
export function editionSample(): SamplePage[] {
  return browserSample().filter((s) => s.lang !== undefined);
}

/** One page per template of the editions (embeds aside: they are no page of the site of their own), in one language. */
export function templateSample(lang: 'es' | 'en'): SamplePage[] {
  return browserSample().filter((s) => s.template !== undefined && s.lang === lang && !s.frame);
}

/**
 * The treaty file's rules (content/treaty.yaml): its schema; article numbers unique and in the
 * treaty's order; no number both described and undescribed; comparison rows at events that
 * exist. And what refers to its articles: events' `treatyArticles`, comparison rows'
 * `articles`, `<TreatyArticle n={…} />` in article bodies, each at an article it describes.
 */
import { treatyArticleRefs } from '../lib/article/mdxText.ts';
import { TREATY_ARTICLE_COUNT, treatySchema, type TreatyData } from '../schemas/treaty.ts';
import { UNREADABLE, type CheckedArticle, type CheckedEvent, type ContentFile } from './contentTypes.ts';
import type { Problem } from './problem.ts';
import type { References } from './references.ts';
import { zodProblems } from './zodProblems.ts';

/** The treaty as checked: its data when it passed its schema, and the numbers it describes (even when it did not). */
export interface CheckedTreaty {
  file: string;
  data?: TreatyData;
  described: number[];
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** Checks the treaty file and records each article it describes in `refs` (as `treatyArticle` "4"). Call after the events are defined. */
export function checkTreaty(input: ContentFile, refs: References): { problems: Problem[]; treaty: CheckedTreaty } {
  const { file, data } = input;
  const problems: Problem[] = [];
  if (data === UNREADABLE) {
    // Its problem is reported; every number waits for it rather than looking undescribed.
    for (let n = 1; n <= TREATY_ARTICLE_COUNT; n += 1) refs.define('treatyArticle', String(n), file, false);
    return { problems, treaty: { file, described: [] } };
  }

  const parsed = treatySchema.safeParse(data);
  if (!parsed.success) problems.push(...zodProblems(file, parsed.error));
  const badItems = new Set(parsed.success ? [] : parsed.error.issues.filter((i) => i.path[0] === 'articles' && i.path.length > 1).map((i) => Number(i.path[1])));

  // Every article that claims a number is defined, valid or not, so what cites it is checked once, at the root.
  const raw = record(data);
  const articles = Array.isArray(raw.articles) ? raw.articles : [];
  const described: number[] = [];
  let previous: number | undefined;
  articles.forEach((item, i) => {
    const n = record(item).number;
    if (!isNumber(n)) return;
    const first = refs.define('treatyArticle', String(n), file, !badItems.has(i), `articles.${i}`);
    if (first) {
      problems.push({ file, field: `articles.${i}.number`, message: `Article ${n} is described twice (also at ${first.replace(`${file} (`, '').replace(/\)$/, '')})` });
      return;
    }
    if (previous !== undefined && n < previous) problems.push({ file, field: `articles.${i}.number`, message: `Article ${n} comes after Article ${previous}: keep the articles in the treaty's order` });
    previous = n;
    described.push(n);
  });

  const undescribed = Array.isArray(raw.undescribed) ? raw.undescribed : [];
  undescribed.forEach((n, i) => {
    if (!isNumber(n)) return;
    if (described.includes(n)) problems.push({ file, field: `undescribed.${i}`, message: `Article ${n} is described in articles: it cannot also be one no source describes` });
    else if (undescribed.indexOf(n) !== i) problems.push({ file, field: `undescribed.${i}`, message: `Article ${n} is listed twice` });
  });

  const comparison = Array.isArray(raw.comparison) ? raw.comparison : [];
  comparison.forEach((item, i) => {
    const row = record(item);
    if (typeof row.event === 'string') {
      const problem = refs.check('event', row.event, { file, field: `comparison.${i}.event` }, `no event has the id "${row.event}"`);
      if (problem) problems.push(problem);
    }
    (Array.isArray(row.articles) ? row.articles : []).forEach((n, j) => {
      if (!isNumber(n)) return;
      const problem = refs.check('treatyArticle', String(n), { file, field: `comparison.${i}.articles.${j}` }, notDescribed(n, file, described));
      if (problem) problems.push(problem);
    });
  });

  return { problems, treaty: { file, data: parsed.success ? parsed.data : undefined, described } };
}

/** Every reference to an article of the treaty from events and article bodies: each must be one the treaty file describes. */
export function checkTreatyReferences(treaty: CheckedTreaty, events: readonly CheckedEvent[], articles: readonly CheckedArticle[], refs: References): Problem[] {
  const problems: Problem[] = [];
  const push = (problem: Problem | undefined) => problem && problems.push(problem);
  for (const event of events) {
    event.treatyArticles.forEach((n, i) => push(refs.check('treatyArticle', String(n), { file: event.file, field: `treatyArticles.${i}` }, notDescribed(n, treaty.file, treaty.described))));
  }
  for (const article of articles) {
    for (const { n, line } of treatyArticleRefs(article.body, article.bodyLine)) {
      const site = { file: article.file, field: '(body)', line };
      if (!Number.isInteger(n)) problems.push({ ...site, message: `<TreatyArticle n={…}>: n must be an article number written n={4}` });
      else push(refs.check('treatyArticle', String(n), site, `<TreatyArticle n={${n}}>: ${notDescribed(n, treaty.file, treaty.described)}`));
    }
  }
  return problems;
}

/** Why a number cannot be cited: which articles the treaty file does describe. */
function notDescribed(n: number, file: string, described: readonly number[]): string {
  return `Article ${n} is not one ${file} describes (it describes ${described.length ? described.join(', ') : 'none'})`;
}

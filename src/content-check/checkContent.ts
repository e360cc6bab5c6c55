/** Validates all content at once: each file against its schema, then the cross-references. */
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { eraSchema, type EraData } from '../schemas/era.ts';
import { eventSchema, type EventData } from '../schemas/event.ts';
import { LANGUAGES, type Lang } from '../i18n/languages.ts';
import { eventRefIds } from '../lib/article/mdxText.ts';
import type { Problem } from './problem.ts';
import { zodProblems } from './zodProblems.ts';

/** A content file as read from disk: its project-relative path and its parsed data. */
export interface ContentFile {
  file: string;
  data: unknown;
  /** The text after the frontmatter (articles). */
  body?: string;
}

export interface ContentInput {
  events: ContentFile[];
  articles: ContentFile[];
  /** The eras file, a list (absent when the content has no eras). */
  eras?: ContentFile;
  /** Problems found while reading (unreadable YAML, stray files). */
  readProblems?: Problem[];
}

export interface CheckedArticle extends ArticleData {
  file: string;
  lang: Lang;
  body: string;
}

export interface CheckedEvent extends EventData {
  file: string;
}

export interface CheckResult {
  problems: Problem[];
  events: CheckedEvent[];
  articles: CheckedArticle[];
  eras: EraData[];
}

/** The article's language, from its folder: content/articles/<lang>/… */
export function articleLang(file: string): Lang | undefined {
  const folder = file.split('/').at(-2);
  return (LANGUAGES as readonly string[]).includes(folder ?? '') ? (folder as Lang) : undefined;
}

export function checkContent(input: ContentInput): CheckResult {
  const problems: Problem[] = [...(input.readProblems ?? [])];
  const events: CheckedEvent[] = [];
  const articles: CheckedArticle[] = [];

  for (const { file, data } of input.events) {
    const parsed = eventSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error));
      continue;
    }
    const event = { ...parsed.data, file };
    const expected = `${event.date}-${event.id}.yaml`;
    const name = file.split('/').at(-1);
    if (name !== expected && name !== expected.replace(/\.yaml$/, '.yml')) {
      problems.push({ file, field: 'id', message: `file name should be ${expected} (date, then id)` });
    }
    events.push(event);
  }

  for (const { file, data } of input.articles) {
    const lang = articleLang(file);
    if (!lang) {
      problems.push({ file, field: '(file)', message: `articles live in content/articles/<${LANGUAGES.join('|')}>/` });
      continue;
    }
    const parsed = articleSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error));
      continue;
    }
    articles.push({ ...parsed.data, file, lang, body: input.articles.find((a) => a.file === file)?.body ?? '' });
  }

  const eras: EraData[] = [];
  if (input.eras) {
    const { file, data } = input.eras;
    if (!Array.isArray(data)) problems.push({ file, field: '(file)', message: 'must be a list of eras' });
    else
      data.forEach((item, i) => {
        const parsed = eraSchema.safeParse(item);
        if (parsed.success) eras.push(parsed.data);
        else problems.push(...zodProblems(file, parsed.error).map((p) => ({ ...p, field: p.field === '(file)' ? String(i) : `${i}.${p.field}` })));
      });
  }

  problems.push(...crossCheck(events, articles));
  if (input.eras) problems.push(...checkEras(input.eras.file, eras, events));
  return { problems, events, articles, eras };
}

/** Era ids unique; each era opens and closes at events that exist, in that order. */
function checkEras(file: string, eras: EraData[], events: CheckedEvent[]): Problem[] {
  const problems: Problem[] = [];
  const dates = new Map(events.map((e) => [e.id, e.date]));
  const seen = new Set<string>();
  eras.forEach((era, i) => {
    if (seen.has(era.id)) problems.push({ file, field: `${i}.id`, message: `duplicate era id "${era.id}"` });
    seen.add(era.id);
    for (const key of ['from', 'to'] as const) {
      const id = era[key];
      if (id !== undefined && !dates.has(id)) problems.push({ file, field: `${i}.${key}`, message: `no event has the id "${id}"` });
    }
    const from = dates.get(era.from);
    const to = era.to === undefined ? undefined : dates.get(era.to);
    if (from && to && to <= from) problems.push({ file, field: `${i}.to`, message: `era ends (${to}) before it starts (${from})` });
  });
  return problems;
}

/** Ids unique, every edition paired, every reference pointing at something that exists. */
function crossCheck(events: CheckedEvent[], articles: CheckedArticle[]): Problem[] {
  const problems: Problem[] = [];

  const eventFiles = new Map<string, string>();
  for (const event of events) {
    const first = eventFiles.get(event.id);
    if (first) problems.push({ file: event.file, field: 'id', message: `duplicate id "${event.id}" (also in ${first})` });
    else eventFiles.set(event.id, event.file);
  }

  const byKey = new Map<string, Partial<Record<Lang, CheckedArticle>>>();
  const slugs = new Map<string, string>();
  for (const article of articles) {
    const editions = byKey.get(article.key) ?? {};
    const first = editions[article.lang];
    if (first) problems.push({ file: article.file, field: 'key', message: `duplicate key "${article.key}" in ${article.lang} (also in ${first.file})` });
    else editions[article.lang] = article;
    byKey.set(article.key, editions);

    const slugKey = `${article.lang}/${article.slug}`;
    const slugFirst = slugs.get(slugKey);
    if (slugFirst) problems.push({ file: article.file, field: 'slug', message: `duplicate slug "${article.slug}" (also in ${slugFirst})` });
    else slugs.set(slugKey, article.file);

    article.events.forEach((id, i) => {
      if (!eventFiles.has(id)) problems.push({ file: article.file, field: `events.${i}`, message: `no event has the id "${id}"` });
    });
    for (const id of eventRefIds(article.body)) {
      if (!eventFiles.has(id)) problems.push({ file: article.file, field: '(body)', message: `<EventRef id="${id}">: no event has this id` });
    }
  }

  for (const [key, editions] of byKey) {
    for (const lang of LANGUAGES) {
      if (editions[lang]) continue;
      const present = Object.values(editions)[0]!;
      problems.push({ file: present.file, field: 'key', message: `no ${lang} edition of article "${key}" (missing translation: add content/articles/${lang}/…mdx with key: ${key})` });
    }
  }

  for (const article of articles) {
    article.related.forEach((key, i) => {
      if (!byKey.has(key)) problems.push({ file: article.file, field: `related.${i}`, message: `no article has the key "${key}"` });
      else if (key === article.key) problems.push({ file: article.file, field: `related.${i}`, message: 'an article cannot be related to itself' });
    });
  }

  for (const event of events) {
    event.articles.forEach((key, i) => {
      if (!byKey.has(key)) problems.push({ file: event.file, field: `articles.${i}`, message: `no article has the key "${key}"` });
    });
  }
  return problems;
}

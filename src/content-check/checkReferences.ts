/** Ids unique, every edition paired, every reference between events and articles pointing at something that exists. */
import { LANGUAGES, type Lang } from '../i18n/languages.ts';
import { articleLinks, eventRefs } from '../lib/article/mdxText.ts';
import type { CheckedArticle, CheckedEvent } from './contentTypes.ts';
import type { Problem } from './problem.ts';
import type { References } from './references.ts';

export function checkReferences(events: readonly CheckedEvent[], articles: readonly CheckedArticle[], refs: References): Problem[] {
  const problems: Problem[] = [];
  const push = (problem: Problem | undefined) => problem && problems.push(problem);

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

    article.events.forEach((id, i) => push(refs.check('event', id, { file: article.file, field: `events.${i}` }, `no event has the id "${id}"`)));
    for (const { id, line } of eventRefs(article.body, article.bodyLine)) {
      push(refs.check('event', id, { file: article.file, field: '(body)', line }, `<EventRef id="${id}">: no event has this id`));
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
    for (const { key, line } of articleLinks(article.body, article.bodyLine)) {
      if (key === article.key) problems.push({ file: article.file, field: '(body)', line, message: `<ArticleLink article="${key}">: an article cannot link to itself` });
      else push(refs.check('article', key, { file: article.file, field: '(body)', line }, `<ArticleLink article="${key}">: no article has this key`));
    }
    article.related.forEach((key, i) => {
      if (key === article.key) problems.push({ file: article.file, field: `related.${i}`, message: 'an article cannot be related to itself' });
      else push(refs.check('article', key, { file: article.file, field: `related.${i}` }, `no article has the key "${key}"`));
    });
  }

  for (const event of events) {
    event.articles.forEach((key, i) => push(refs.check('article', key, { file: event.file, field: `articles.${i}` }, `no article has the key "${key}"`)));
  }
  return problems;
}

/** The articles collection: editions by language, in reading order, and their routes. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/languages.ts';
import type { Route } from '../lib/site/routes.ts';
import { buildMemo } from './buildMemo.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

/** An edition's language, from its id (`es/el-tratado`). */
export function editionLang(entry: ArticleEntry): Lang {
  return entry.id.split('/')[0] as Lang;
}

export function getArticles(lang: Lang): Promise<ArticleEntry[]> {
  return buildMemo(`articles:${lang}`, async () => {
    const all = await getCollection('articles', (entry) => editionLang(entry) === lang);
    return all.sort((a, b) => a.data.order - b.data.order || a.data.key.localeCompare(b.data.key));
  });
}

/** Every article's route by key, with both editions' slugs (the content check ensures both exist). */
function articleRoutes(): Promise<Map<string, Extract<Route, { kind: 'article' }>>> {
  return buildMemo('article-routes', async () => {
    const slugs = new Map<string, Partial<Record<Lang, string>>>();
    for (const entry of await getCollection('articles')) {
      slugs.set(entry.data.key, { ...slugs.get(entry.data.key), [editionLang(entry)]: entry.data.slug });
    }
    const routes = new Map<string, Extract<Route, { kind: 'article' }>>();
    for (const [key, s] of slugs) {
      if (!s.es || !s.en) throw new Error(`article "${key}" has no ${s.es ? 'en' : 'es'} edition`);
      routes.set(key, { kind: 'article', slugs: { es: s.es, en: s.en } });
    }
    return routes;
  });
}

/** The route of the article with `key`. */
export async function articleRoute(key: string): Promise<Extract<Route, { kind: 'article' }>> {
  const route = (await articleRoutes()).get(key);
  if (!route) throw new Error(`no article has the key "${key}"`);
  return route;
}

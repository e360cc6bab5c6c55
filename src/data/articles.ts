/** The articles collection: editions by language, in reading order, and their routes. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/languages.ts';
import type { Route } from '../lib/routes.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

/** An edition's language, from its id (`es/el-tratado`). */
export function editionLang(entry: ArticleEntry): Lang {
  return entry.id.split('/')[0] as Lang;
}

export async function getArticles(lang: Lang): Promise<ArticleEntry[]> {
  const all = await getCollection('articles', (entry) => editionLang(entry) === lang);
  return all.sort((a, b) => a.data.order - b.data.order || a.data.key.localeCompare(b.data.key));
}

/** The route of the article with `key`, with both editions' slugs (the content check ensures both exist). */
export async function articleRoute(key: string): Promise<Extract<Route, { kind: 'article' }>> {
  const editions = await getCollection('articles', (entry) => entry.data.key === key);
  const slug = (lang: Lang) => {
    const edition = editions.find((entry) => editionLang(entry) === lang);
    if (!edition) throw new Error(`article "${key}" has no ${lang} edition`);
    return edition.data.slug;
  };
  return { kind: 'article', slugs: { es: slug('es'), en: slug('en') } };
}

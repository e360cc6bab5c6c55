/** getStaticPaths for one edition's article pages. */
import type { Lang } from '../i18n/languages.ts';
import { getArticles } from './articles.ts';

export async function articlePaths(lang: Lang) {
  return (await getArticles(lang)).map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }));
}

/** How an article of the treaty is named in each place it appears: a heading, a link, a mention in running text. */
import type { Lang } from '../../i18n/languages.ts';
import { t } from '../../i18n/t.ts';
import { capitalize } from '../text/capitalize.ts';

/** An article as these names need it: its number and its subject as it reads in running text (`ayuda militar`). */
export interface NamedArticle {
  number: number;
  subject: Record<Lang, string>;
}

/** A heading or a title: `Artículo 4 — Ayuda militar`, `Article 4 — Military assistance`. */
export function articleHeading(article: NamedArticle, lang: Lang): string {
  return `${t(lang, 'treaty.article', { n: article.number })} — ${capitalize(article.subject[lang])}`;
}

/** A link after a label («Tratado: …», «Véase: …»): `artículo 4 — Ayuda militar`, `Article 4 — Military assistance`. */
export function articleLinkText(article: NamedArticle, lang: Lang): string {
  return t(lang, 'treaty.articleTitle', { n: article.number, subject: capitalize(article.subject[lang]) });
}

/**
 * In running text, after the writer's own «el», «del», «al»: `artículo 4, sobre ayuda militar`,
 * `Article 4, on military assistance`; `short`: `artículo 4`, `Article 4`.
 */
export function articleMention(article: NamedArticle, lang: Lang, short = false): string {
  return short ? t(lang, 'treaty.articleShort', { n: article.number }) : t(lang, 'treaty.articleMention', { n: article.number, subject: article.subject[lang] });
}

/** The site's routes and their localised paths: one place that knows every URL shape. */
import type { Lang } from '../../i18n/languages.ts';

/** Localised first path segments. */
export const SECTIONS = {
  timeline: { es: 'cronologia', en: 'timeline' },
  articles: { es: 'articulos', en: 'articles' },
  method: { es: 'fuentes-y-metodo', en: 'sources-and-method' },
  treaty: { es: 'tratado', en: 'treaty' },
  search: { es: 'buscar', en: 'search' },
  corrections: { es: 'correcciones', en: 'corrections' },
  data: { es: 'datos', en: 'data' },
  embed: { es: 'embed', en: 'embed' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A page of the site, independent of language. */
export type Route =
  | { kind: 'home' }
  | { kind: 'timeline' }
  | { kind: 'event'; id: string }
  | { kind: 'article'; slugs: Record<Lang, string> }
  | { kind: 'method' }
  | { kind: 'treaty' }
  | { kind: 'search' }
  | { kind: 'corrections' }
  | { kind: 'data' }
  /** An embeddable page: a named timeline view or an event, alone (`/es/embed/ratification/`). */
  | { kind: 'embed'; id: string };

/** The path of `route` in `lang`, without the base: `/es/cronologia/treaty-signed/`. */
export function routePath(route: Route, lang: Lang): string {
  switch (route.kind) {
    case 'home':
      return `/${lang}/`;
    case 'timeline':
      return `/${lang}/${SECTIONS.timeline[lang]}/`;
    case 'event':
      return `/${lang}/${SECTIONS.timeline[lang]}/${route.id}/`;
    case 'article':
      return `/${lang}/${SECTIONS.articles[lang]}/${route.slugs[lang]}/`;
    case 'method':
      return `/${lang}/${SECTIONS.method[lang]}/`;
    case 'treaty':
      return `/${lang}/${SECTIONS.treaty[lang]}/`;
    case 'search':
      return `/${lang}/${SECTIONS.search[lang]}/`;
    case 'corrections':
      return `/${lang}/${SECTIONS.corrections[lang]}/`;
    case 'data':
      return `/${lang}/${SECTIONS.data[lang]}/`;
    case 'embed':
      return `/${lang}/${SECTIONS.embed[lang]}/${route.id}/`;
  }
}

/** Localised word of a treaty article's anchor. */
const ARTICLE_ANCHOR: Record<Lang, string> = { es: 'articulo', en: 'article' };

/** The anchor of the treaty's article `n` on the treaty page: `articulo-4`, `article-4`. Stable: readers share it. */
export function treatyArticleAnchor(n: number, lang: Lang): string {
  return `${ARTICLE_ANCHOR[lang]}-${n}`;
}

/** The path of the treaty's article `n`, without the base: `/es/tratado/#articulo-4`. */
export function treatyArticlePath(n: number, lang: Lang): string {
  return `${routePath({ kind: 'treaty' }, lang)}#${treatyArticleAnchor(n, lang)}`;
}

/** The open data files, without the base; they are the same for both languages. */
export const DATA_FILES = {
  json: '/data/events.json',
  csv: '/data/events.csv',
  schema: '/data/events.schema.json',
} as const;

/** One event's record alone: `/data/events/treaty-signed.json`. */
export function eventDataPath(id: string): string {
  return `/data/events/${id}.json`;
}

/** The host page's script that resizes embeds to their content. */
export const EMBED_SCRIPT = '/embed.js';

/** The oEmbed document of an embed, beside it: `/es/embed/ratification/oembed.json`. */
export function oembedPath(id: string, lang: Lang): string {
  return `${routePath({ kind: 'embed', id }, lang)}oembed.json`;
}

/** The share image of `route` in `lang`, without the base: `/og/es/event/treaty-signed.png`. */
export function shareImagePath(route: Route, lang: Lang): string {
  switch (route.kind) {
    case 'event':
      return `/og/${lang}/event/${route.id}.png`;
    case 'article':
      return `/og/${lang}/article/${route.slugs[lang]}.png`;
    case 'embed':
      // An embed has no card of its own: it is not shared, its full page is.
      return `/og/${lang}/timeline.png`;
    default:
      return `/og/${lang}/${route.kind}.png`;
  }
}

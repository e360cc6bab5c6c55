/** The site's routes and their localised paths: one place that knows every URL shape. */
import type { Lang } from '../../i18n/languages.ts';

/** Localised first path segments. */
export const SECTIONS = {
  timeline: { es: 'cronologia', en: 'timeline' },
  articles: { es: 'articulos', en: 'articles' },
  method: { es: 'fuentes-y-metodo', en: 'sources-and-method' },
  search: { es: 'buscar', en: 'search' },
  corrections: { es: 'correcciones', en: 'corrections' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A page of the site, independent of language. */
export type Route =
  | { kind: 'home' }
  | { kind: 'timeline' }
  | { kind: 'event'; id: string }
  | { kind: 'article'; slugs: Record<Lang, string> }
  | { kind: 'method' }
  | { kind: 'search' }
  | { kind: 'corrections' };

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
    case 'search':
      return `/${lang}/${SECTIONS.search[lang]}/`;
    case 'corrections':
      return `/${lang}/${SECTIONS.corrections[lang]}/`;
  }
}

/** The share image of `route` in `lang`, without the base: `/og/es/event/treaty-signed.png`. */
export function shareImagePath(route: Route, lang: Lang): string {
  switch (route.kind) {
    case 'event':
      return `/og/${lang}/event/${route.id}.png`;
    case 'article':
      return `/og/${lang}/article/${route.slugs[lang]}.png`;
    default:
      return `/og/${lang}/${route.kind}.png`;
  }
}

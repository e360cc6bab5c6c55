/** The language editions of a route: each language's path, for hreflang and the language switch. */
import { DEFAULT_LANG, LANGUAGES, type Lang } from '../../i18n/languages.ts';
import { routePath, type Route } from './routes.ts';

export interface Alternate {
  /** `es`, `en`, or `x-default` (the default language's edition). */
  hreflang: Lang | 'x-default';
  /** Path without the base. */
  path: string;
}

export function alternates(route: Route): Alternate[] {
  const editions: Alternate[] = LANGUAGES.map((lang) => ({ hreflang: lang, path: routePath(route, lang) }));
  return [...editions, { hreflang: 'x-default', path: routePath(route, DEFAULT_LANG) }];
}

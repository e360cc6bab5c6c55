/** The language of a page from its path: every edition lives under `<base><lang>/`. */
import { DEFAULT_LANG, isLang, type Lang } from '../../i18n/languages.ts';

export function pageLang(pathname: string, base: string): Lang {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  const first = rest.replace(/^\/+/, '').split('/')[0];
  return isLang(first) ? first : DEFAULT_LANG;
}

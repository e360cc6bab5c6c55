/** The site as publisher and author, for structured data. */
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/t.ts';
import type { Publisher } from '../lib/seo/jsonLd.ts';
import { routePath } from '../lib/site/routes.ts';
import { absoluteUrl } from '../lib/site/url.ts';

export function publisher(lang: Lang, site: URL | undefined): Publisher {
  return { name: t(lang, 'site.name'), url: absoluteUrl(routePath({ kind: 'home' }, lang), site), logo: absoluteUrl('/icons/icon-512.png', site) };
}

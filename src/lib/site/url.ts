/** Base-aware links for pages and assets: every internal href and src goes through here. */
import { withBase } from './withBase.ts';

/** The site-internal `path`, under the configured base path. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The absolute URL of a site-internal `path`, for canonical links and share cards. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('absoluteUrl: `site` is not configured (SITE_URL)');
  return new URL(url(path), site).href;
}

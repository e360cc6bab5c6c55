/** Where the site is published: origin and base path, read from SITE_URL and BASE_PATH. */

export interface DeployTarget {
  /** Origin the pages are served from, without a trailing slash: `https://example.github.io`. */
  site: string;
  /** Path the site lives under, with leading and trailing slash: `/` or `/repo/`. */
  base: string;
}

export const LOCAL_PREVIEW: DeployTarget = { site: 'http://localhost:4321', base: '/' };

/** Normalises a base path: `repo`, `/repo` and `/repo/` all become `/repo/`; empty is `/`. */
export function normaliseBase(raw: string): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed) || trimmed.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(`BASE_PATH: "${raw}" is not a plain URL path such as /my-repo/`);
  }
  return `/${trimmed}/`;
}

/** Normalises a site origin: must be an http(s) URL with no path, query or fragment. */
export function normaliseSite(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL: "${raw}" is not a URL such as https://example.github.io`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${raw}" must start with https:// (or http:// for a local preview)`);
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new Error(`SITE_URL: "${raw}" must be an origin only; put the path in BASE_PATH`);
  }
  return url.origin;
}

/** Reads the deploy target from an environment; unset variables fall back to a local preview. */
export function deployTarget(env: Record<string, string | undefined>): DeployTarget {
  const site = env.SITE_URL ? normaliseSite(env.SITE_URL) : LOCAL_PREVIEW.site;
  const base = env.BASE_PATH ? normaliseBase(env.BASE_PATH) : LOCAL_PREVIEW.base;
  return { site, base };
}

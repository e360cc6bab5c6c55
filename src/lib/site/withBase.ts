/** Joins a site-internal path to the base path. Shared by the server and the browser. */

/**
 * `withBase('/repo/', '/es/cronologia/')` → `/repo/es/cronologia/`.
 * Keeps a query or fragment; refuses absolute URLs and protocol-relative paths, which would
 * escape the base.
 */
export function withBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new Error(`withBase: "${path}" is not a site-internal path`);
  }
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

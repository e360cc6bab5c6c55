/**
 * The language switch's address once the reader is looking at something the other edition also
 * has: an event (`#id`, the same in both languages) or a search (`?q=`). `hash` and `query`
 * replace what the address had; an empty string removes it; `undefined` keeps it.
 * Pure: the browser scripts apply it to the header's link.
 */
export function switchHref(href: string, change: { hash?: string; query?: string }): string {
  const hashAt = href.indexOf('#');
  let rest = hashAt === -1 ? href : href.slice(0, hashAt);
  let hash = hashAt === -1 ? '' : href.slice(hashAt + 1);
  const queryAt = rest.indexOf('?');
  const path = queryAt === -1 ? rest : rest.slice(0, queryAt);
  let query = queryAt === -1 ? '' : rest.slice(queryAt + 1);
  if (change.query !== undefined) query = change.query ? `q=${encodeURIComponent(change.query)}` : '';
  if (change.hash !== undefined) hash = change.hash;
  rest = query ? `${path}?${query}` : path;
  return hash ? `${rest}#${hash}` : rest;
}

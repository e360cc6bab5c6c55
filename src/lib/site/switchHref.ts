/**
 * The language switch's address once the reader is looking at something the other edition also
 * has: an event (`#id`, the same in both languages), a search (`?q=`), a date of the timeline's
 * "what was known on" (`?asof=`). `hash` and each of `params` replace what the address had; an
 * empty string removes it; what is not named is kept.
 * Pure: the browser scripts apply it to the header's link.
 */
export function switchHref(href: string, change: { hash?: string; params?: Readonly<Record<string, string>> }): string {
  const hashAt = href.indexOf('#');
  const rest = hashAt === -1 ? href : href.slice(0, hashAt);
  let hash = hashAt === -1 ? '' : href.slice(hashAt + 1);
  const queryAt = rest.indexOf('?');
  const path = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const search = new URLSearchParams(queryAt === -1 ? '' : rest.slice(queryAt + 1));
  for (const [name, value] of Object.entries(change.params ?? {})) {
    if (value) search.set(name, value);
    else search.delete(name);
  }
  if (change.hash !== undefined) hash = change.hash;
  // URLSearchParams writes spaces as "+"; %20 reads the same everywhere and in both editions.
  const query = search.toString().replace(/\+/g, '%20');
  const base = query ? `${path}?${query}` : path;
  return hash ? `${base}#${hash}` : base;
}

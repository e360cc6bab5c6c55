/** Reads an event id from a URL fragment, safely: only a known id counts, nothing is ever parsed as HTML. */

/** The event id named by `hash` (`#treaty-signed`), if `known` has it; otherwise undefined. */
export function idFromHash(hash: string, known: { has(id: string): boolean }): string | undefined {
  if (!hash.startsWith('#') || hash.length > 201) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return undefined;
  return known.has(id) ? id : undefined;
}

/** Text matching for the timeline's text filter: case- and accent-insensitive. Shared by the server and the browser. */

/** Lowercase, without diacritics, with runs of white space folded: `Pionyang  ÑOÑO` → `pionyang nono`. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether every word of the query appears in the (folded) text. */
export function matchesQuery(foldedText: string, query: string): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  return words.every((word) => foldedText.includes(word));
}

/** Counts sentences in a short text, for the "2–4 sentences" rule on summaries. */

/** Tokens that end in a full stop without ending a sentence (checked case-insensitively). */
const ABBREVIATIONS = new Set(['ee', 'uu', 'ee.uu', 'u.s', 'u.n', 'u.k', 'st', 'sr', 'sra', 'mr', 'mrs', 'dr', 'no', 'núm', 'art', 'etc', 'vs', 'p. ej', 'e.g', 'i.e']);

/**
 * A sentence ends at `.`, `!`, `?` or `…` (optionally followed by a closing quote or bracket)
 * that is followed by white space and a capital letter, an opening `¿`/`¡`/quote, or the end
 * of the text; a full stop after a known abbreviation or a single letter does not count.
 */
export function countSentences(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  let count = 0;
  const re = /([^\s]*?)([.!?…]+)["'»”)\]]*(?=\s+["'«“¿¡(]?\p{Lu}|\s*$)/gu;
  for (const match of trimmed.matchAll(re)) {
    const word = match[1].replace(/^["'«“(]+/, '').toLowerCase();
    const stop = match[2];
    if (stop === '.' && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    count += 1;
  }
  // A text whose last sentence has no final punctuation still has that sentence.
  if (!/[.!?…]["'»”)\]]*$/.test(trimmed)) count += 1;
  return count;
}

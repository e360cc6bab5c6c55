/** Marked quotations in a text: Spanish quotes with «…», English with “…”; each must be short. */
import type { Lang } from '../../i18n/languages.ts';

/** Each language's quotation marks, opening and closing. */
export const QUOTE_MARKS: Record<Lang, readonly [string, string]> = { es: ['«', '»'], en: ['“', '”'] };

/** Longest quotation, in words (the house's originality rule: no run of 8 shared words). */
export const QUOTE_MAX_WORDS = 7;

/** The quoted passages of `text` in `lang`'s marks, without the marks. */
export function quotations(text: string, lang: Lang): string[] {
  const [open, close] = QUOTE_MARKS[lang];
  return [...text.matchAll(new RegExp(`${open}([^${open}${close}]*)${close}`, 'g'))].map((m) => m[1]);
}

/**
 * What is wrong with the quotations of `text` in `lang`, as messages (none when all is well):
 * straight quotes or the other language's marks, unbalanced marks, a quotation over
 * QUOTE_MAX_WORDS words.
 */
export function quotationProblems(text: string, lang: Lang): string[] {
  const [open, close] = QUOTE_MARKS[lang];
  const problems: string[] = [];
  if (text.includes('"')) problems.push(`straight quotes ("): quote with ${open}…${close}`);
  const foreign = Object.entries(QUOTE_MARKS)
    .filter(([other]) => other !== lang)
    .flatMap(([, marks]) => marks)
    .filter((mark) => text.includes(mark));
  if (foreign.length) problems.push(`${foreign.join(' ')} are not ${lang === 'es' ? 'Spanish' : 'English'} quotation marks: quote with ${open}…${close}`);
  const opens = text.split(open).length - 1;
  const closes = text.split(close).length - 1;
  if (opens !== closes) problems.push(`unbalanced quotation marks (${opens} ${open}, ${closes} ${close})`);
  for (const quote of quotations(text, lang)) {
    const words = quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (words > QUOTE_MAX_WORDS) problems.push(`quotation of ${words} words (at most ${QUOTE_MAX_WORDS}): ${open}${quote}${close}`);
  }
  return problems;
}

/** The characters the site's text can show: printable ASCII, the typographic marks below, and every other character its texts contain. */

/**
 * Marks the pages may print whatever the content holds (no-break and narrow spaces, dashes,
 * quotes, guillemets, ellipsis, arrows, minus, the breadcrumb's ›, the keyboard hint's ⌘):
 * always in the fonts, and in the timeline's table of character widths.
 */
export const TYPOGRAPHIC_MARKS = '\u00a0\u202f\u00ab\u00bb\u00bf\u00a1\u00b0\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2190\u2192\u2212\u00d7\u2039\u203a\u2318';

/** Controls, surrogates, private use and unassigned code points: never drawn from a font. */
const NOT_DRAWN = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}]/u;

/**
 * Every character of printable ASCII, TYPOGRAPHIC_MARKS and `texts` that a font can draw, with the
 * capital and small forms of each letter (styles set labels in capitals: «ARTÍCULO 4»), once
 * each, in code point order.
 */
export function siteCharacters(texts: Iterable<string>): string {
  const points = new Set<number>();
  for (let code = 0x20; code < 0x7f; code += 1) points.add(code);
  for (const text of [TYPOGRAPHIC_MARKS, ...texts]) {
    for (const ch of text) {
      if (NOT_DRAWN.test(ch)) continue;
      points.add(ch.codePointAt(0)!);
      // One character each way only (not «ß» → «SS»).
      for (const other of [ch.toUpperCase(), ch.toLowerCase()]) if ([...other].length === 1) points.add(other.codePointAt(0)!);
    }
  }
  return String.fromCodePoint(...[...points].sort((a, b) => a - b));
}

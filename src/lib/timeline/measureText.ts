/**
 * Text width without a browser: a table of character advances, so labels can be placed at
 * build time and in the browser alike. Widths are those of the labels' own face, generated from
 * the font file the site ships (./charWidths.ts), rounded up, so real text is never wider than measured.
 */

import { ASCII_BOLD, ASCII_REGULAR, EXTRA_BOLD, EXTRA_REGULAR } from './charWidths.ts';

/** Anything else: wide enough for most Latin, Cyrillic and Greek letters; CJK and Hangul are 1 em. */
const FALLBACK = 80;
const WIDE = 100;

function advance(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code < 127) return (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 32];
  const extra = (bold ? EXTRA_BOLD : EXTRA_REGULAR)[ch];
  if (extra !== undefined) return extra;
  const base = ch.normalize('NFD')[0];
  if (base !== ch && base.codePointAt(0)! < 127) return advance(base, bold);
  if (code >= 0x1100 && (code <= 0x11ff || (code >= 0x2e80 && code <= 0xd7ff) || (code >= 0xf900 && code <= 0xfaff))) return WIDE;
  return FALLBACK;
}

/** Width in pixels of `text` at `fontSize` pixels, regular or bold. */
export function measureText(text: string, fontSize: number, bold = false): number {
  const ascii = bold ? ASCII_BOLD : ASCII_REGULAR;
  let hundredths = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code < 127) {
      hundredths += ascii[code - 32];
    } else {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      hundredths += advance(ch, bold);
      i += ch.length - 1;
    }
  }
  return (hundredths * fontSize) / 100;
}

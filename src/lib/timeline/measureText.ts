/**
 * Text width without a browser: a table of character advances, so labels can be placed at
 * build time and in the browser alike. Widths are DejaVu Sans's (in hundredths of an em), the
 * widest of the common system sans-serifs, so real text is never wider than measured.
 */

/** Advances of the printable ASCII characters (U+0020 to U+007E), regular and bold. */
const ASCII_REGULAR = [32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,53,100,68,69,70,77,63,58,77,75,29,29,66,56,86,75,79,60,79,69,63,61,73,68,99,69,61,69,39,34,39,84,50,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,41,52,39,63,59,82,59,59,52,64,34,64,84];
const ASCII_BOLD = [35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,70,70,40,40,84,84,84,58,100,77,76,73,83,68,68,82,84,37,37,77,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,46,37,46,84,50,50,67,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84];
const EXTRA_REGULAR: Record<string, number> = {"–": 50, "—": 100, "’": 32, "“": 52, "”": 52, "«": 61, "»": 61, "…": 100, "·": 32, "¿": 53, "¡": 40, "°": 50};
const EXTRA_BOLD: Record<string, number> = {"–": 50, "—": 100, "’": 38, "“": 66, "”": 66, "«": 65, "»": 65, "…": 100, "·": 38, "¿": 58, "¡": 46, "°": 50};
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

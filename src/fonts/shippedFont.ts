/** Reads a woff2 file the site ships, for its advances at a weight (fontkit, after wawoff2 unpacks it). */
import { readFile } from 'node:fs/promises';
import * as fontkit from 'fontkit';
import { decompress } from 'wawoff2';

export interface ShippedFont {
  unitsPerEm: number;
  /** Whether the font has a glyph for `ch`. */
  has(ch: string): boolean;
  /** Advance of `ch` in font units, regular (400) or bold (700; a variable font's instance). */
  advance(ch: string, bold: boolean): number;
  /** The highest and lowest ink of the glyphs for `characters`, in font units (descent negative), regular and bold. */
  inkBounds(characters: string): { ascent: number; descent: number };
}

export async function readShippedFont(file: string): Promise<ShippedFont> {
  const font = fontkit.create(Buffer.from(await decompress(await readFile(file)))) as fontkit.Font;
  const variable = 'wght' in font.variationAxes;
  const [regular, bold] = variable ? [font.getVariation({ wght: 400 }), font.getVariation({ wght: 700 })] : [font, font];
  return {
    unitsPerEm: font.unitsPerEm,
    has: (ch) => font.hasGlyphForCodePoint(ch.codePointAt(0)!),
    advance: (ch, b) => (b ? bold : regular).glyphForCodePoint(ch.codePointAt(0)!).advanceWidth,
    inkBounds: (characters) => {
      let [ascent, descent] = [0, 0];
      for (const instance of [regular, bold]) {
        for (const ch of characters) {
          if (!font.hasGlyphForCodePoint(ch.codePointAt(0)!)) continue;
          const box = instance.glyphForCodePoint(ch.codePointAt(0)!).bbox;
          if (Number.isFinite(box.maxY)) ascent = Math.max(ascent, box.maxY);
          if (Number.isFinite(box.minY)) descent = Math.min(descent, box.minY);
        }
      }
      return { ascent: Math.ceil(ascent), descent: Math.floor(descent) };
    },
  };
}

/** The timeline's table of character widths is the UI face the site ships, not a guess: regenerate it with `npm run char-widths`. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFonts, GENERATED_DIR, type BuiltFonts } from '../../../../src/fonts/buildFonts.ts';
import { readShippedFont, type ShippedFont } from '../../../../src/fonts/shippedFont.ts';
import { charWidthTable, hundredths } from '../../../../src/lib/fonts/charWidthTable.ts';
import { TYPOGRAPHIC_MARKS } from '../../../../src/lib/fonts/siteCharacters.ts';
import { ASCII_BOLD, ASCII_REGULAR, CHAR_WIDTHS_FONT, EXTRA_BOLD, EXTRA_REGULAR, LINE_BOX } from '../../../../src/lib/timeline/charWidths.ts';
import { measureText } from '../../../../src/lib/timeline/measureText.ts';

let built: BuiltFonts;
let font: ShippedFont;

beforeAll(async () => {
  built = await buildFonts(process.cwd(), 'content');
  font = await readShippedFont(path.join(GENERATED_DIR, built.faces.ui.file));
}, 60_000);

describe('src/lib/timeline/charWidths.ts', () => {
  it('is the table of the UI face the site ships, regular and bold', () => {
    expect(CHAR_WIDTHS_FONT).toBe(built.faces.ui.family);
    const table = charWidthTable(font.advance, font.unitsPerEm, TYPOGRAPHIC_MARKS);
    expect(ASCII_REGULAR).toEqual(table.asciiRegular);
    expect(ASCII_BOLD).toEqual(table.asciiBold);
    expect(EXTRA_REGULAR).toEqual(table.extraRegular);
    expect(EXTRA_BOLD).toEqual(table.extraBold);
    expect(LINE_BOX).toEqual(built.faces.ui.lineBox);
  });

  it('lets measureText give the shipped font’s advance to ASCII, the marks and accented Latin letters, and never less to anything else', () => {
    const exact = (ch: string) => ch.codePointAt(0)! < 0x7f || ch in EXTRA_REGULAR || ch.normalize('NFD')[0].codePointAt(0)! < 0x7f;
    const wrong = [...built.characters]
      .filter((ch) => font.has(ch))
      .flatMap((ch) => [false, true].map((bold) => ({ ch, bold, table: measureText(ch, 100, bold), font: hundredths(font.advance(ch, bold), font.unitsPerEm) })))
      .filter((r) => (exact(r.ch) ? r.table !== r.font : r.table < r.font));
    expect(wrong).toEqual([]);
  });

});

/**
 * Writes src/lib/timeline/charWidths.ts, the timeline's table of character widths, from the UI
 * face the site ships (the timeline's labels are set in it), after subsetting the fonts as a build
 * does. tests/unit/lib/timeline/charWidths.test.ts fails when the table and the font disagree.
 * Usage: npm run char-widths
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentRoot } from '../src/content-check/contentFiles.ts';
import { buildFonts, GENERATED_DIR } from '../src/fonts/buildFonts.ts';
import { readShippedFont } from '../src/fonts/shippedFont.ts';
import { charWidthsModule, charWidthTable } from '../src/lib/fonts/charWidthTable.ts';
import { TYPOGRAPHIC_MARKS } from '../src/lib/fonts/siteCharacters.ts';

const built = await buildFonts(process.cwd(), contentRoot());
const ui = built.faces.ui;
const font = await readShippedFont(path.join(GENERATED_DIR, ui.file));
const table = charWidthTable(font.advance, font.unitsPerEm, TYPOGRAPHIC_MARKS);
const out = 'src/lib/timeline/charWidths.ts';
await writeFile(out, charWidthsModule(table, ui.family, ui.lineBox));
console.log(`${out}: ${ui.family}, ${table.asciiRegular.length} ASCII and ${Object.keys(table.extraRegular).length} other characters`);

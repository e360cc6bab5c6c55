import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fromBuffer } from '@capsizecss/unpack';
import * as fontkit from 'fontkit';
import { decompress } from 'wawoff2';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFonts, GENERATED_DIR, siteTexts, type BuiltFonts } from '../../../src/fonts/buildFonts.ts';
import { FACES } from '../../../src/fonts/faces.ts';
import { readShippedFont } from '../../../src/fonts/shippedFont.ts';
import { fallbackFaces } from '../../../src/lib/fonts/fontFaceCss.ts';

const require = createRequire(import.meta.url);
let built: BuiltFonts;
const generated = (file: string) => path.join(process.cwd(), GENERATED_DIR, file);

beforeAll(async () => {
  built = await buildFonts(process.cwd(), 'content');
}, 60_000);

describe('buildFonts(root, contentDir)', () => {
  it('keeps exactly the characters of the site’s texts, and each face has every one it can draw', async () => {
    const texts = (await siteTexts(process.cwd(), 'content')).join('');
    for (const ch of ['ú', 'ñ', '«', '’']) expect(texts).toContain(ch);
    for (const [id, face] of Object.entries(FACES)) {
      const full = fontkit.openSync(require.resolve(face.source)) as fontkit.Font;
      const font = fontkit.create(Buffer.from(await decompress(await readFile(generated(built.faces[id as keyof typeof FACES].file))))) as fontkit.Font;
      const has = (f: fontkit.Font, ch: string) => f.hasGlyphForCodePoint(ch.codePointAt(0)!);
      // Every character the full face draws is kept…
      expect([...built.characters].filter((ch) => has(full, ch) && !has(font, ch)), face.family).toEqual([]);
      // …and nothing else (U+FFFF is the character map’s end marker).
      expect(font.characterSet.filter((cp) => cp !== 0xffff && !built.characters.includes(String.fromCodePoint(cp))), face.family).toEqual([]);
    }
  });

  it('is deterministic: the same texts give the same bytes', async () => {
    const before = await Promise.all(Object.values(built.faces).map((f) => readFile(generated(f.file))));
    const again = await buildFonts(process.cwd(), 'content');
    const after = await Promise.all(Object.values(again.faces).map((f) => readFile(generated(f.file))));
    expect(after.map((b) => b.toString('base64'))).toEqual(before.map((b) => b.toString('base64')));
  });

  it('writes fonts.css: a swap face per font and fallbacks matched to the metrics of the file written', async () => {
    const css = await readFile(generated('fonts.css'), 'utf8');
    for (const [id, face] of Object.entries(FACES)) {
      expect(css).toContain(`font-family: '${face.family}';\n  src: url('./${face.file}.woff2') format('woff2');`);
      const file = generated(built.faces[id as keyof typeof FACES].file);
      const own = await fromBuffer(await readFile(file));
      // A face boxed by its ink hands that box to its fallbacks.
      const metrics = face.lineBox === 'ink' ? { ...own, ...(await readShippedFont(file)).inkBounds(built.characters), lineGap: 0 } : own;
      for (const fallback of face.fallbacks) expect(css).toContain(fallbackFaces(metrics, fallback));
    }
    expect(css.match(/font-display: swap;/g)).toHaveLength(2);
  });

  it('gives the UI face the line box of its ink: every kept glyph inside it, and nothing to spare', async () => {
    const font = await readShippedFont(generated(built.faces.ui.file));
    const ink = font.inkBounds(built.characters);
    expect(built.faces.ui.lineBox).toEqual({ ascent: ink.ascent / font.unitsPerEm, descent: Math.abs(ink.descent) / font.unitsPerEm });
    expect(built.faces.ui.lineBox.ascent + built.faces.ui.lineBox.descent).toBeLessThan(1.326);
    const css = await readFile(generated('fonts.css'), 'utf8');
    expect(css).toContain(`ascent-override: ${(built.faces.ui.lineBox.ascent * 100).toFixed(2)}%;`);
  });

  it('turns a variable face into one file holding weights 400 to 700', async () => {
    const font = fontkit.create(Buffer.from(await decompress(await readFile(generated(built.faces.ui.file))))) as fontkit.Font;
    expect(font.variationAxes.wght).toMatchObject({ min: 400, max: 700, default: 400 });
  });
});

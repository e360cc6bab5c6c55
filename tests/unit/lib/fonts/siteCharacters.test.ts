import { describe, expect, it } from 'vitest';
import { siteCharacters, TYPOGRAPHIC_MARKS } from '../../../../src/lib/fonts/siteCharacters.ts';

describe('siteCharacters(texts)', () => {
  it('keeps printable ASCII and the typographic marks whatever the texts hold', () => {
    const chars = siteCharacters([]);
    for (let code = 0x20; code < 0x7f; code += 1) expect(chars).toContain(String.fromCharCode(code));
    for (const ch of TYPOGRAPHIC_MARKS) expect(chars).toContain(ch);
  });

  it('adds every other character of the texts once, in code point order', () => {
    const chars = [...siteCharacters(['Seúl', 'Pionyang ñ', 'Москва', 'Seúl'])];
    expect(chars.filter((c) => c === 'ú')).toHaveLength(1);
    expect(chars).toEqual(expect.arrayContaining(['ú', 'ñ', 'М', 'о', 'с', 'к', 'в', 'а']));
    expect(chars.map((c) => c.codePointAt(0)!)).toEqual([...chars.map((c) => c.codePointAt(0)!)].sort((a, b) => a - b));
  });

  it('adds the capital and small form of every letter, for text styled in capitals', () => {
    const chars = siteCharacters(['artículo', 'ÓSCAR', 'straße']);
    for (const ch of ['Í', 'ó', 'A', 'ß']) expect(chars).toContain(ch);
  });

  it('leaves out what no font draws: controls, private use', () => {
    const chars = siteCharacters(['a\nb\tc\u0007\ue000']);
    expect(chars).not.toMatch(/[\n\t\u0007\ue000]/);
  });
});

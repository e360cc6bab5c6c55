import { describe, expect, it } from 'vitest';
import { charWidthsModule, charWidthTable, hundredths } from '../../../../src/lib/fonts/charWidthTable.ts';

describe('hundredths(advance, unitsPerEm)', () => {
  it('rounds up, ignoring float noise', () => {
    expect(hundredths(497, 1000)).toBe(50);
    expect(hundredths(490, 1000)).toBe(49);
    expect(hundredths(249.00000000000006, 1000)).toBe(25);
    expect(hundredths(1024, 2048)).toBe(50);
  });
});

describe('charWidthTable(advance, unitsPerEm, extras) and charWidthsModule', () => {
  const advance = (ch: string, bold: boolean) => (ch.codePointAt(0)! % 7) * 100 + (bold ? 50 : 0);
  const table = charWidthTable(advance, 1000, 'a«\u00a0');

  it('measures all printable ASCII by code, and the non-ASCII extras by character', () => {
    expect(table.asciiRegular).toHaveLength(95);
    expect(table.asciiRegular['A'.charCodeAt(0) - 32]).toBe(hundredths(advance('A', false), 1000));
    expect(table.asciiBold['A'.charCodeAt(0) - 32]).toBe(hundredths(advance('A', true), 1000));
    expect(Object.keys(table.extraRegular)).toEqual(['«', '\u00a0']);
  });

  it('writes a module whose arrays and maps hold the same numbers, invisible spaces escaped', () => {
    const source = charWidthsModule(table, 'Test Sans', { ascent: 0.9, descent: 0.25 });
    expect(source).toContain(`export const ASCII_REGULAR = [${table.asciiRegular.join(',')}];`);
    expect(source).toContain('"\\u00a0": ');
    expect(source).not.toContain('\u00a0');
    expect(source).toContain('export const CHAR_WIDTHS_FONT = "Test Sans";');
    expect(source).toContain('export const LINE_BOX = { ascent: 0.9, descent: 0.25 };');
  });
});

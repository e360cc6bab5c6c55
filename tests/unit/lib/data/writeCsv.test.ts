import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, writeCsv } from '../../../../src/lib/data/writeCsv.ts';

describe('csvField(value)', () => {
  it.each([
    ['plain', '"plain"'],
    ['', '""'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['«Pionyang»', '"«Pionyang»"'],
  ])('%j → %s', (value, field) => expect(csvField(value)).toBe(field));
});

describe('writeCsv(header, rows)', () => {
  const header = ['id', 'title_es', 'note'];
  const rows = [
    ['a', 'Tratado «de defensa»', 'with, comma'],
    ['b', 'Дума', 'a "quoted" word\nand a line'],
  ];
  const text = writeCsv(header, rows);

  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
  });

  it('reads back, by a strict RFC 4180 parser, as exactly the table written', () => {
    const parsed = parse(text, { bom: true, relax_quotes: false, relax_column_count: false }) as string[][];
    expect(parsed).toEqual([header, ...rows]);
  });

  it('refuses a row whose length is not the header’s', () => {
    expect(() => writeCsv(header, [['only one']])).toThrow(/row 1 has 1 fields, the header 3/);
  });
});

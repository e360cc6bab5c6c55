/**
 * Writes a table as CSV by RFC 4180: one header row, CRLF line ends, every field in double
 * quotes, a double quote inside a field doubled. UTF-8 with a byte-order mark, so spreadsheet
 * programs (Excel above all) read the accents, «» and Cyrillic right; CSV parsers skip it.
 */

/** U+FEFF, written first: the UTF-8 byte-order mark. */
export const BOM = '\uFEFF';

/** One field, quoted: `a "b"` → `"a ""b"""`. */
export function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** The whole file: the header, then one line per row, each line ended by CRLF. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`writeCsv: row ${i + 1} has ${row.length} fields, the header ${header.length}`);
  }
  const line = (fields: readonly string[]) => `${fields.map(csvField).join(',')}\r\n`;
  return BOM + line(header) + rows.map(line).join('');
}

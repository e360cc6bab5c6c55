/**
 * The CSV layout of a record, derived from its JSON Schema so that a new field becomes a new
 * column with no edit here. The rules (the data page and the README state them):
 * - a field is a column named after it: `id`, `date`;
 * - a text in both languages is two columns, `title_es` and `title_en`;
 * - a field of a nested object is named with a dot: `urls.page_es`;
 * - a list is one column with its items joined by ` | `: `articles`, `places`; a list of objects
 *   is one column per field of the items, each joined in item order (`sources.url`,
 *   `sources.publisher`: the n-th of each belong together; an item that lacks the field leaves an
 *   empty place); a list inside a list item (a history step's sources) joins its items with ` ; `;
 * - numbers are written in digits, true and false as `true` and `false`, a missing value as an
 *   empty field.
 */
import { isLocalized, type JsonSchemaNode } from './jsonSchemaNode.ts';

/** Between the items of a list, and between the items of a list inside a list item. */
export const LIST_SEPARATORS = [' | ', ' ; '] as const;

/** One step of a column's path: a property, and whether its value is a list. */
export interface PathStep {
  key: string;
  list: boolean;
}

export interface CsvColumn {
  /** Header of the column: `sources.title_es`. */
  name: string;
  /** Where its value lives in a record. */
  path: PathStep[];
}

/** The columns of records described by `schema` (an object schema), in property order. */
export function csvColumns(schema: JsonSchemaNode): CsvColumn[] {
  const columns: CsvColumn[] = [];
  const walk = (node: JsonSchemaNode, prefix: string, path: PathStep[], depth: number) => {
    for (const [key, prop] of Object.entries(node.properties ?? {})) {
      const isList = prop.type === 'array';
      const inner = isList ? (prop.items ?? {}) : prop;
      const listDepth = depth + (isList ? 1 : 0);
      if (listDepth > LIST_SEPARATORS.length) throw new Error(`csvColumns: ${prefix}${key} is a list nested ${listDepth} deep; the CSV joins at most ${LIST_SEPARATORS.length}`);
      const step = { key, list: isList };
      if (isLocalized(inner)) {
        for (const lang of ['es', 'en']) columns.push({ name: `${prefix}${key}_${lang}`, path: [...path, step, { key: lang, list: false }] });
      } else if (inner.type === 'object' && inner.properties) {
        walk(inner, `${prefix}${key}.`, [...path, step], listDepth);
      } else {
        columns.push({ name: `${prefix}${key}`, path: [...path, step] });
      }
    }
  };
  walk(schema, '', [], 0);
  return columns;
}

/** A leaf value as CSV text. */
function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`csvColumns: ${JSON.stringify(value)} is not a text, a number or a boolean`);
}

/** What a value inside a list must not contain, by list depth: the separators it would be confused with. */
const FORBIDDEN = [/\|/, /[|;]/];

/**
 * The value of `column` in `record`. Throws, naming the column, when a list item contains the
 * character its list is joined with (it could not be split back).
 */
export function csvValue(record: unknown, column: CsvColumn): string {
  const at = (value: unknown, steps: PathStep[], depth: number): string => {
    if (steps.length === 0) {
      const text = scalarText(value);
      if (depth > 0 && FORBIDDEN[depth - 1].test(text)) {
        throw new Error(`${column.name}: "${text}" contains "${depth === 1 ? '|' : '| or ;'}", which the CSV joins this list with`);
      }
      return text;
    }
    const [step, ...rest] = steps;
    const next = value === undefined || value === null ? undefined : (value as Record<string, unknown>)[step.key];
    if (!step.list) return at(next, rest, depth);
    if (next === undefined) return '';
    if (!Array.isArray(next)) throw new Error(`csvColumns: ${column.name}: ${step.key} is not a list`);
    return next.map((item) => at(item, rest, depth + 1)).join(LIST_SEPARATORS[depth]);
  };
  return at(record, column.path, 0);
}

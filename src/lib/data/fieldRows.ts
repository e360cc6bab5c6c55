/** The rows of the data page's field tables, read from the generated JSON Schema: each field's path, type, whether it is always there, its documentation and its CSV columns. Pure. */
import type { CsvColumn } from './csvColumns.ts';
import { schemaFields } from './describeSchema.ts';
import { isLocalized, type JsonSchemaNode } from './jsonSchemaNode.ts';

export type FieldType =
  | { kind: 'text' | 'localized' | 'localizedUrl' | 'date' | 'url' | 'number' | 'integer' | 'boolean' | 'object' }
  | { kind: 'oneOf'; values: string[] }
  | { kind: 'list'; item: FieldType };

export interface FieldRow {
  /** Path in the file: `events[].sources[].url`. */
  path: string;
  /** Path as a reader of one record sees it: `sources[].url`. */
  name: string;
  type: FieldType;
  required: boolean;
  /** The schema's description (the doc comment), in English. */
  description?: string;
  /** The CSV columns holding it (none for file-level fields). */
  columns: string[];
}

/** What kind of value a schema node holds. */
export function fieldType(node: JsonSchemaNode): FieldType {
  if (node.type === 'array') return { kind: 'list', item: fieldType(node.items ?? {}) };
  if (isLocalized(node)) return { kind: node.properties?.es?.format === 'uri' ? 'localizedUrl' : 'localized' };
  const consts = node.enum ?? (node.const !== undefined ? [node.const] : node.anyOf?.every((n) => n.const !== undefined) ? node.anyOf.map((n) => n.const) : undefined);
  if (consts) return { kind: 'oneOf', values: consts.map(String) };
  if (node.format === 'date') return { kind: 'date' };
  if (node.format === 'uri') return { kind: 'url' };
  if (node.type === 'integer' || node.type === 'number' || node.type === 'boolean' || node.type === 'object') return { kind: node.type };
  return { kind: 'text' };
}

/** Every field of the dataset schema; `recordPrefix` (`events[].`) marks the fields of a record, whose CSV columns are looked up. */
export function fieldRows(schema: JsonSchemaNode, columns: readonly CsvColumn[], recordPrefix = 'events[].'): FieldRow[] {
  return schemaFields(schema).map(({ path, node, required }) => {
    const inRecord = path.startsWith(recordPrefix);
    const name = inRecord ? path.slice(recordPrefix.length) : path;
    const flat = name.replace(/\[\]/g, '');
    const own = inRecord ? columns.filter((c) => c.name === flat || c.name.startsWith(`${flat}.`) || c.name === `${flat}_es` || c.name === `${flat}_en`).map((c) => c.name) : [];
    return { path, name, type: fieldType(node), required, description: node.description, columns: own };
  });
}

/** The part of a JSON Schema (draft 2020-12) that the data export reads: enough to walk the generated schema. */

export interface JsonSchemaNode {
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minItems?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  description?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchemaNode>;
  [keyword: string]: unknown;
}

/** True for the schema of a text in both languages: an object whose properties are exactly `es` and `en`. */
export function isLocalized(node: JsonSchemaNode): boolean {
  const keys = Object.keys(node.properties ?? {});
  return node.type === 'object' && keys.length === 2 && keys.includes('es') && keys.includes('en');
}

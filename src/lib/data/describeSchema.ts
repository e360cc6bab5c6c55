/**
 * Gives a generated JSON Schema the descriptions written as doc comments in the zod schemas.
 * An object in the JSON Schema takes each property's description from the documented literal
 * that names that property and no key the object lacks (the literal it was made from, or one
 * spread into it), the literal naming most keys first. Descriptions already set are kept.
 */
import type { DocumentedLiteral } from './docComments.ts';
import { isLocalized, type JsonSchemaNode } from './jsonSchemaNode.ts';

export function describeSchema<T extends JsonSchemaNode>(schema: T, literals: readonly DocumentedLiteral[]): T {
  const copy = structuredClone(schema);
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as JsonSchemaNode;
    if (n.properties) {
      const keys = new Set(Object.keys(n.properties));
      const fits = literals.filter((l) => l.keys.every((k) => keys.has(k))).sort((a, b) => b.keys.length - a.keys.length);
      for (const [key, prop] of Object.entries(n.properties)) {
        const doc = fits.find((l) => key in l.docs)?.docs[key];
        if (doc && prop.description === undefined) prop.description = doc;
      }
    }
    for (const value of Object.values(n)) visit(value);
  };
  visit(copy);
  return copy;
}

/** Every property path of an object schema, with its node: `title`, `sources[].url`, `urls.page`. Follows `$ref` into `$defs`. */
export function schemaFields(schema: JsonSchemaNode, root: JsonSchemaNode = schema): { path: string; node: JsonSchemaNode; required: boolean }[] {
  const fields: { path: string; node: JsonSchemaNode; required: boolean }[] = [];
  const resolve = (node: JsonSchemaNode): JsonSchemaNode => {
    const ref = node.$ref?.match(/^#\/\$defs\/(.+)$/)?.[1];
    return ref && root.$defs?.[ref] ? resolve(root.$defs[ref]) : node;
  };
  const walk = (node: JsonSchemaNode, prefix: string) => {
    const object = resolve(node);
    for (const [key, raw] of Object.entries(object.properties ?? {})) {
      const prop = resolve(raw);
      const path = `${prefix}${key}`;
      fields.push({ path, node: prop, required: object.required?.includes(key) ?? false });
      const inner = prop.type === 'array' && prop.items ? resolve(prop.items) : prop;
      if (inner.type === 'object' && inner.properties && !isLocalized(inner)) walk(inner, prop.type === 'array' ? `${path}[].` : `${path}.`);
    }
  };
  walk(schema, '');
  return fields;
}

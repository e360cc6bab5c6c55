/**
 * The JSON Schema of the open data, generated from the zod schemas (zod's `toJSONSchema`) and
 * described with their doc comments: the dataset document at the root, a record in
 * `$defs.event`, a single-event document (/data/events/<id>.json) in `$defs.eventDocument`.
 */
import { z } from 'astro/zod';
import { datasetSchema, eventDocumentSchema, eventRecordSchema } from '../../schemas/dataset.ts';
import { isoDate } from '../../schemas/isoDate.ts';
import { httpsUrl } from '../../schemas/source.ts';
import type { DocumentedLiteral } from './docComments.ts';
import { describeSchema } from './describeSchema.ts';
import type { JsonSchemaNode } from './jsonSchemaNode.ts';

/** Keywords zod cannot infer from a refinement: what our own date and URL types accept. */
function override(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  if (ctx.zodSchema === isoDate) Object.assign(ctx.jsonSchema, { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
  if (ctx.zodSchema === httpsUrl) Object.assign(ctx.jsonSchema, { format: 'uri', pattern: '^https://' });
}

function generate(schema: z.ZodType, metadata?: z.core.$ZodRegistry<{ id?: string }>): JsonSchemaNode {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', metadata, override }) as JsonSchemaNode;
}

export interface DatasetJsonSchemaInput {
  /** The schema's own absolute URL. */
  id: string;
  title: string;
  description: string;
  /** The doc comments of src/schemas/ (docComments()). */
  literals: readonly DocumentedLiteral[];
}

export function datasetJsonSchema(input: DatasetJsonSchemaInput): JsonSchemaNode {
  const registry = z.registry<{ id?: string }>();
  registry.add(eventRecordSchema, { id: 'event' });
  const root = generate(datasetSchema, registry);
  const { $schema: _s, $defs: _d, ...document } = generate(eventDocumentSchema, registry);
  const schema: JsonSchemaNode = {
    $schema: root.$schema,
    $id: input.id,
    title: input.title,
    description: input.description,
    ...root,
    $defs: { ...root.$defs, eventDocument: document },
  };
  return describeSchema(schema, input.literals);
}

/** The schema of one record, with nothing referenced: what the CSV's columns are derived from. */
export function recordJsonSchema(literals: readonly DocumentedLiteral[]): JsonSchemaNode {
  return describeSchema(generate(eventRecordSchema), literals);
}

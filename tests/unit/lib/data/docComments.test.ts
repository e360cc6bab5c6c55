import { describe, expect, it } from 'vitest';
import { commentText, docComments } from '../../../../src/lib/data/docComments.ts';
import { describeSchema, schemaFields } from '../../../../src/lib/data/describeSchema.ts';
import type { JsonSchemaNode } from '../../../../src/lib/data/jsonSchemaNode.ts';

const SOURCE = `
import { z } from 'astro/zod';
const pair = () => z.strictObject({ es: z.string(), en: z.string() });
export const source = z.strictObject({
  /** Who published it. */
  publisher: z.string(),
  /**
   * Where to read it:
   * https only.
   */
  url: z.string().regex(/^[a-z]{2}$/),
  // not a doc comment
  language: z.string(),
});
export const event = z.strictObject({
  /** Stable id. */
  id: z.string(),
  /** The day. */
  date: z.string(),
  /** Its sources. */
  sources: z.array(source),
  title: pair(),
});
const extended = {
  ...event.shape,
  /** Where it is. */
  urls: z.string(),
};
`;

describe('commentText(comment)', () => {
  it('joins a JSDoc comment into one line of text', () => {
    expect(commentText('/**\n * Where to read it:\n * https only.\n */')).toBe('Where to read it: https only.');
    expect(commentText('/** One line. */')).toBe('One line.');
  });
});

describe('docComments(file, text)', () => {
  const literals = docComments('schemas/x.ts', SOURCE);

  it('finds each object literal with documented keys, with all its keys and only doc comments', () => {
    expect(literals.map((l) => l.keys)).toEqual([
      ['publisher', 'url', 'language'],
      ['id', 'date', 'sources', 'title'],
      ['urls'],
    ]);
    expect(literals[0].docs).toEqual({ publisher: 'Who published it.', url: 'Where to read it: https only.' });
    expect(literals[0].file).toBe('schemas/x.ts');
  });

  it('is not fooled by braces inside regular expressions', () => {
    expect(literals[0].docs.url).toBe('Where to read it: https only.');
  });
});

describe('describeSchema(schema, literals)', () => {
  const literals = docComments('x.ts', SOURCE);
  const pair: JsonSchemaNode = { type: 'object', properties: { es: { type: 'string' }, en: { type: 'string' } } };
  const schema: JsonSchemaNode = {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'kept as it was' },
      date: { type: 'string' },
      sources: { type: 'array', items: { type: 'object', properties: { publisher: { type: 'string' }, url: { type: 'string' }, language: { type: 'string' } } } },
      title: pair,
      urls: { type: 'string' },
    },
  };
  const described = describeSchema(schema, literals);

  it('gives each property the doc comment of the literal it comes from, spread literals included', () => {
    const fields = Object.fromEntries(schemaFields(described).map((f) => [f.path, f.node.description]));
    expect(fields).toEqual({
      id: 'kept as it was',
      date: 'The day.',
      sources: 'Its sources.',
      'sources[].publisher': 'Who published it.',
      'sources[].url': 'Where to read it: https only.',
      'sources[].language': undefined,
      title: undefined,
      urls: 'Where it is.',
    });
  });

  it('leaves the schema it was given unchanged', () => {
    expect(schema.properties!.date.description).toBeUndefined();
  });

  it('never takes a doc from a literal with a key the object lacks', () => {
    const other: JsonSchemaNode = { type: 'object', properties: { date: { type: 'string' }, status: { type: 'string' } } };
    expect(describeSchema(other, literals).properties!.date.description).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../../../src/lib/data/csvColumns.ts';
import { fieldRows, fieldType } from '../../../../src/lib/data/fieldRows.ts';
import type { JsonSchemaNode } from '../../../../src/lib/data/jsonSchemaNode.ts';

const pair: JsonSchemaNode = { type: 'object', properties: { es: { type: 'string' }, en: { type: 'string' } } };

describe('fieldType(node)', () => {
  it.each([
    [{ type: 'string' }, { kind: 'text' }],
    [pair, { kind: 'localized' }],
    [{ type: 'object', properties: { es: { type: 'string', format: 'uri' }, en: { type: 'string', format: 'uri' } } }, { kind: 'localizedUrl' }],
    [{ type: 'string', format: 'date' }, { kind: 'date' }],
    [{ type: 'string', format: 'uri' }, { kind: 'url' }],
    [{ type: 'string', enum: ['day', 'month'] }, { kind: 'oneOf', values: ['day', 'month'] }],
    [{ anyOf: [{ const: 1 }, { const: 2 }] }, { kind: 'oneOf', values: ['1', '2'] }],
    [{ type: 'integer' }, { kind: 'integer' }],
    [{ type: 'boolean' }, { kind: 'boolean' }],
    [{ type: 'array', items: { type: 'string' } }, { kind: 'list', item: { kind: 'text' } }],
  ] as [JsonSchemaNode, unknown][])('%j → %j', (node, type) => expect(fieldType(node)).toEqual(type));
});

describe('fieldRows(schema, columns)', () => {
  const record: JsonSchemaNode = {
    type: 'object',
    required: ['id', 'title'],
    properties: {
      id: { type: 'string', description: 'Stable id.' },
      title: { ...pair, description: 'Headline.' },
      sources: { type: 'array', items: { type: 'object', properties: { url: { type: 'string' }, title: pair } } },
    },
  };
  const schema: JsonSchemaNode = { type: 'object', required: ['version'], properties: { version: { type: 'string' }, events: { type: 'array', items: { $ref: '#/$defs/event' } } }, $defs: { event: record } };
  const rows = fieldRows(schema, csvColumns(record));

  it('lists file and record fields with their type, presence, description and CSV columns', () => {
    expect(rows.map((r) => [r.path, r.name, r.required, r.columns])).toEqual([
      ['version', 'version', true, []],
      ['events', 'events', false, []],
      ['events[].id', 'id', true, ['id']],
      ['events[].title', 'title', true, ['title_es', 'title_en']],
      ['events[].sources', 'sources', false, ['sources.url', 'sources.title_es', 'sources.title_en']],
      ['events[].sources[].url', 'sources[].url', false, ['sources.url']],
      ['events[].sources[].title', 'sources[].title', false, ['sources.title_es', 'sources.title_en']],
    ]);
    expect(rows[2].description).toBe('Stable id.');
  });
});

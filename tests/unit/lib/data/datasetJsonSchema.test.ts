/** The generated JSON Schema, against the site's real content: records built from it validate, and the schema says what every field means. */
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../../src/content-check/readContent.ts';
import { schemaDocs } from '../../../../src/data/schemaDocs.ts';
import { csvColumns, csvValue } from '../../../../src/lib/data/csvColumns.ts';
import { datasetJsonSchema, recordJsonSchema } from '../../../../src/lib/data/datasetJsonSchema.ts';
import { schemaFields } from '../../../../src/lib/data/describeSchema.ts';
import { eventRecord } from '../../../../src/lib/data/eventRecord.ts';
import { eventSchema } from '../../../../src/schemas/event.ts';
import type { EventRecord } from '../../../../src/schemas/dataset.ts';

const ORIGIN = 'https://example.github.io/repo';
const absolute = (p: string) => `${ORIGIN}${p}`;
const literals = schemaDocs();
const schema = datasetJsonSchema({ id: absolute('/data/events.schema.json'), title: 'Events', description: 'All of them', literals });
const about = {
  title: { es: 'Hechos', en: 'Events' },
  version: '2026-12-01',
  publisher: { es: 'Moscú–Pionyang', en: 'Moscow–Pyongyang' },
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  documentation: { es: absolute('/es/datos/'), en: absolute('/en/data/') },
  schema: absolute('/data/events.schema.json'),
};

let records: EventRecord[] = [];
beforeAll(async () => {
  const content = await readContent(path.resolve('content'), process.cwd());
  records = content.events.map((file) => eventRecord(eventSchema.parse(file.data), absolute));
});

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(schema);
  return {
    dataset: ajv.getSchema(schema.$id as string)!,
    document: ajv.getSchema(`${schema.$id}#/$defs/eventDocument`)!,
  };
}

describe('datasetJsonSchema()', () => {
  it('is a strict JSON Schema 2020-12 that every record of the real content satisfies, as a dataset and one by one', () => {
    const { dataset, document } = validator();
    expect(records.length).toBeGreaterThan(30);
    expect(dataset({ ...about, count: records.length, events: records }), JSON.stringify(dataset.errors)).toBe(true);
    for (const event of records) expect(document({ ...about, event }), `${event.id}: ${JSON.stringify(document.errors)}`).toBe(true);
  });

  it('refuses what the content schema refuses: an unknown status, a missing source, an http link, an unknown field', () => {
    const { document } = validator();
    const event = records[0];
    expect(document({ ...about, event: { ...event, status: 'rumoured' } })).toBe(false);
    expect(document({ ...about, event: { ...event, sources: [] } })).toBe(false);
    expect(document({ ...about, event: { ...event, sources: [{ ...event.sources[0], url: 'http://insecure.example/' }] } })).toBe(false);
    expect(document({ ...about, event: { ...event, date: '2024-6-1' } })).toBe(false);
    expect(document({ ...about, event: { ...event, surprise: true } })).toBe(false);
  });

  it('documents every field with the doc comment of its zod schema', () => {
    const fields = schemaFields(schema);
    const undocumented = fields.filter((f) => !f.node.description).map((f) => f.path);
    expect(undocumented).toEqual([]);
    const date = fields.find((f) => f.path === 'events[].date')!;
    expect(date.node.description).toMatch(/^The day it happened/);
    expect(date.node.format).toBe('date');
  });

  it('has every field of the content schema in a record, and the record’s URLs', () => {
    const record = schema.$defs!.event.properties!;
    for (const key of Object.keys(eventSchema.shape)) expect(record, key).toHaveProperty(key);
    expect(Object.keys(record.urls.properties!)).toEqual(['page', 'embed', 'data']);
  });
});

describe('recordJsonSchema() and the CSV', () => {
  it('gives every record a value for every column, with no list item that could not be split back', () => {
    const columns = csvColumns(recordJsonSchema(literals));
    expect(columns[0].name).toBe('id');
    for (const record of records) for (const column of columns) expect(() => csvValue(record, column)).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { csvColumns, csvValue } from '../../../../src/lib/data/csvColumns.ts';
import type { JsonSchemaNode } from '../../../../src/lib/data/jsonSchemaNode.ts';

const pair: JsonSchemaNode = { type: 'object', properties: { es: { type: 'string' }, en: { type: 'string' } } };
const schema: JsonSchemaNode = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    importance: { type: 'number' },
    report: { type: 'boolean' },
    title: pair,
    places: { type: 'array', items: { type: 'string' } },
    sources: { type: 'array', items: { type: 'object', properties: { url: { type: 'string' }, title: pair, date: { type: 'string' } } } },
    history: {
      type: 'array',
      items: { type: 'object', properties: { status: { type: 'string' }, sources: { type: 'array', items: { type: 'object', properties: { url: { type: 'string' } } } } } },
    },
    urls: { type: 'object', properties: { page: pair, data: { type: 'string' } } },
  },
};

const record = {
  id: 'nis-troops-report',
  importance: 3,
  report: true,
  title: { es: 'El NIS', en: 'The NIS' },
  places: ['seoul', 'kursk'],
  sources: [
    { url: 'https://a.example/1', title: { es: 'Uno', en: 'One' }, date: '2024-10-18' },
    { url: 'https://b.example/2', title: { es: 'Dos', en: 'Two' } },
  ],
  history: [
    { status: 'claimed', sources: [{ url: 'https://c.example/1' }, { url: 'https://c.example/2' }] },
    { status: 'confirmed' },
  ],
  urls: { page: { es: 'https://x/es/', en: 'https://x/en/' }, data: 'https://x/d.json' },
};

describe('csvColumns(schema)', () => {
  it('names one column a field, two a bilingual text, one a field of each list item, in property order', () => {
    expect(csvColumns(schema).map((c) => c.name)).toEqual([
      'id',
      'importance',
      'report',
      'title_es',
      'title_en',
      'places',
      'sources.url',
      'sources.title_es',
      'sources.title_en',
      'sources.date',
      'history.status',
      'history.sources.url',
      'urls.page_es',
      'urls.page_en',
      'urls.data',
    ]);
  });

  it('refuses lists nested deeper than the CSV can join', () => {
    const deep: JsonSchemaNode = { type: 'object', properties: { a: { type: 'array', items: { type: 'object', properties: { b: { type: 'array', items: { type: 'object', properties: { c: { type: 'array', items: { type: 'string' } } } } } } } } } };
    expect(() => csvColumns(deep)).toThrow(/a\.b\.c is a list nested 3 deep/);
  });
});

describe('csvValue(record, column)', () => {
  const values = Object.fromEntries(csvColumns(schema).map((c) => [c.name, csvValue(record, c)]));

  it('writes numbers in digits, booleans as words, missing values as empty fields', () => {
    expect(values).toMatchObject({ id: 'nis-troops-report', importance: '3', report: 'true', title_es: 'El NIS', title_en: 'The NIS' });
  });

  it('joins a list with " | " and keeps the items of a list of objects in step, an absent field as an empty place', () => {
    expect(values.places).toBe('seoul | kursk');
    expect(values['sources.url']).toBe('https://a.example/1 | https://b.example/2');
    expect(values['sources.title_en']).toBe('One | Two');
    expect(values['sources.date']).toBe('2024-10-18 | ');
    expect(values['sources.date'].split(' | ')).toHaveLength(2);
  });

  it('joins a list inside a list item with " ; "', () => {
    expect(values['history.status']).toBe('claimed | confirmed');
    expect(values['history.sources.url']).toBe('https://c.example/1 ; https://c.example/2 | ');
  });

  it('follows nested objects', () => {
    expect(values['urls.page_en']).toBe('https://x/en/');
    expect(values['urls.data']).toBe('https://x/d.json');
  });

  it('leaves an empty field for a missing list and refuses an item that holds its list’s separator', () => {
    const columns = csvColumns(schema);
    const places = columns.find((c) => c.name === 'places')!;
    expect(csvValue({ ...record, places: undefined }, places)).toBe('');
    expect(csvValue({ ...record, places: [] }, places)).toBe('');
    expect(() => csvValue({ ...record, places: ['a|b'] }, places)).toThrow(/places: "a\|b" contains "\|"/);
    const inner = columns.find((c) => c.name === 'history.sources.url')!;
    expect(() => csvValue({ ...record, history: [{ status: 'x', sources: [{ url: 'a;b' }] }] }, inner)).toThrow(/history\.sources\.url: "a;b" contains "\| or ;"/);
  });
});

/**
 * The open data as a real build writes it, from a copy of the content folder with one event
 * changed (one build, with CONTENT_DIR): the JSON and each event's file validate against the
 * generated schema; the CSV opens cleanly and says the same as the JSON, value for value; the
 * change is in both, and in the version; the data page prints the files' real sizes; every
 * event and view has its embed.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { formatBytes } from '../../src/lib/data/formatBytes.ts';
import { buildSite } from './buildSite.ts';

/** The event changed: one that no page or article names (so moving it breaks nothing), to a date later than any content's. */
const ID = 'dprk-recognises-donetsk-luhansk';
const DATE = '2027-01-15';
const TITLE = 'North Korea recognises the two “republics”, and Kyiv cuts ties';
const SITE = 'https://example.github.io/repo/';

type Json = Record<string, unknown>;
let work = '';
let out = '';
let dataset: Json & { events: Json[]; version: string };
let schema: Json;
let csv: string;
let changedYaml: Json;
let originalYaml: Json;
const read = (file: string) => readFile(path.join(out, file), 'utf8');

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'open-data-'));
  const content = path.join(work, 'content');
  await cp(path.resolve('content'), content, { recursive: true });
  const name = (await readdir(path.join(content, 'events'))).find((f) => f.endsWith(`-${ID}.yaml`))!;
  const file = path.join(content, 'events', name);
  originalYaml = parseYaml(await readFile(file, 'utf8'), { schema: 'core' }) as Json;
  const data = structuredClone(originalYaml) as Json & { title: Json; sources: Json[] };
  data.date = DATE;
  data.status = 'claimed';
  data.attribution = { es: 'Ucrania', en: 'Ukraine' };
  data.title.en = TITLE;
  data.sources = [...data.sources, { publisher: 'Test, "Wire"', title: { es: 'Nota, con «comillas»', en: 'Note, with "quotes"' }, url: 'https://example.org/a?b=1,2', language: 'en' }];
  // The file name starts with the event's date.
  await unlink(file);
  await writeFile(path.join(content, 'events', `${DATE}-${ID}.yaml`), stringify(data));
  changedYaml = data;
  out = path.join(work, 'dist');
  const run = buildSite({ outDir: out, env: { CONTENT_DIR: content, SITE_URL: 'https://example.github.io', BASE_PATH: '/repo/' } });
  expect(run.status, run.output).toBe(0);
  dataset = JSON.parse(await read('data/events.json'));
  schema = JSON.parse(await read('data/events.schema.json'));
  csv = await read('data/events.csv');
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function ajv() {
  const validator = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(validator);
  validator.addSchema(schema);
  return validator;
}

/** What a CSV column holds for a record, by the rules the data page states (written here from those rules, not from the code). */
function cell(record: unknown, column: string): string {
  const walk = (value: unknown, names: string[], depth: number): string => {
    if (names.length === 0) return value === undefined ? '' : String(value);
    const [name, ...rest] = names;
    const obj = (value ?? {}) as Json;
    const bilingual = /^(.+)_(es|en)$/.exec(name);
    const next = bilingual && !(name in obj) ? ((obj[bilingual[1]] ?? {}) as Json)[bilingual[2]] : obj[name];
    if (Array.isArray(next)) return next.map((item) => walk(item, rest, depth + 1)).join([' | ', ' ; '][depth]);
    return walk(next, rest, depth);
  };
  return walk(record, column.split('.'), 0);
}

const csvRows = () => parse(csv, { bom: true, relax_quotes: false, relax_column_count: false }) as string[][];

describe('the built open data', () => {
  it('/data/events.json and every /data/events/<id>.json validate against /data/events.schema.json', async () => {
    const validator = ajv();
    expect(schema.$id).toBe(`${SITE}data/events.schema.json`);
    const validate = validator.getSchema(schema.$id as string)!;
    expect(validate(dataset), JSON.stringify(validate.errors)).toBe(true);
    const document = validator.getSchema(`${schema.$id}#/$defs/eventDocument`)!;
    for (const event of dataset.events) {
      const one = JSON.parse(await read(`data/events/${event.id}.json`));
      expect(document(one), JSON.stringify(document.errors)).toBe(true);
      expect(one.event).toEqual(event);
      expect(one.version).toBe(dataset.version);
    }
  });

  it('/data/events.csv opens cleanly: UTF-8 with a BOM, one header row, every field quoted, one row per event', () => {
    expect(csv.startsWith('\uFEFF"id",')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...body] = csvRows();
    expect(new Set(header).size).toBe(header.length);
    expect(body).toHaveLength(dataset.events.length);
    expect(body.map((r) => r[0])).toEqual(dataset.events.map((e) => e.id));
    expect(csv).toContain('| Test, ""Wire"""');
  });

  it('says in the CSV exactly what the JSON says, value for value, with a column for every field', () => {
    const [header, ...body] = csvRows();
    for (const [i, row] of body.entries()) {
      const record = dataset.events[i];
      header.forEach((column, j) => expect(row[j], `${record.id}: ${column}`).toBe(cell(record, column)));
    }
    for (const event of dataset.events) {
      for (const key of Object.keys(event)) expect(header.some((h) => h === key || h.startsWith(`${key}_`) || h.startsWith(`${key}.`)), key).toBe(true);
    }
  });

  it('changes with the content: the changed event’s values, its place in the order, and the version, its new date', () => {
    const changed = dataset.events.find((e) => e.id === ID)!;
    expect(originalYaml.date).not.toBe(DATE);
    expect(changed).toMatchObject({ date: DATE, status: 'claimed', title: changedYaml.title, attribution: changedYaml.attribution, sources: changedYaml.sources });
    expect(dataset.events.at(-1)!.id).toBe(ID);
    expect(dataset.version).toBe(DATE);
    const [header, ...body] = csvRows();
    const row = body.find((r) => r[0] === ID)!;
    expect(row[header.indexOf('title_en')]).toBe(TITLE);
    expect(row[header.indexOf('date')]).toBe(DATE);
    expect(row[header.indexOf('sources.publisher')].split(' | ').at(-1)).toBe('Test, "Wire"');
    expect(changed.urls).toEqual({
      page: { es: `${SITE}es/cronologia/${ID}/`, en: `${SITE}en/timeline/${ID}/` },
      embed: { es: `${SITE}es/embed/${ID}/`, en: `${SITE}en/embed/${ID}/` },
      data: `${SITE}data/events/${ID}.json`,
    });
  });

  it('the data page gives each file’s real size and the version; each event page links its record', async () => {
    const page = await read('en/data/index.html');
    for (const file of ['data/events.json', 'data/events.csv', 'data/events.schema.json']) {
      expect(page, file).toContain(formatBytes(Buffer.byteLength(await read(file)), 'en'));
    }
    expect(page).toContain('Version: 15 January 2027.');
    expect(await read(`es/cronologia/${ID}/index.html`)).toContain(`href="/repo/data/events/${ID}.json"`);
  });

  it('has an embed page and an oEmbed document for every event and the named views', () => {
    for (const lang of ['es', 'en']) {
      for (const id of [...dataset.events.map((e) => String(e.id)), 'history', 'ratification']) {
        expect(existsSync(path.join(out, lang, 'embed', id, 'index.html')), `${lang} ${id}`).toBe(true);
        expect(existsSync(path.join(out, lang, 'embed', id, 'oembed.json')), `${lang} ${id}`).toBe(true);
      }
    }
  });
});

/**
 * The open data as the build publishes it: every event as a record, the JSON and CSV files,
 * one JSON file per event and the JSON Schema (generated from the zod schemas, described with
 * their doc comments), with the content's version. One computation a build, shared by the
 * data endpoints and the data page (which prints the files' sizes).
 */
import { getCollection } from 'astro:content';
import { t } from '../i18n/t.ts';
import { contentVersion } from '../lib/data/contentVersion.ts';
import { csvColumns, csvValue, type CsvColumn } from '../lib/data/csvColumns.ts';
import { datasetJsonSchema, recordJsonSchema } from '../lib/data/datasetJsonSchema.ts';
import { eventRecord } from '../lib/data/eventRecord.ts';
import type { JsonSchemaNode } from '../lib/data/jsonSchemaNode.ts';
import { writeCsv } from '../lib/data/writeCsv.ts';
import { DATA_FILES, routePath } from '../lib/site/routes.ts';
import { absoluteUrl } from '../lib/site/url.ts';
import { datasetSchema, type DatasetAbout, type EventRecord } from '../schemas/dataset.ts';
import { buildMemo } from './buildMemo.ts';
import { getCorrections } from './corrections.ts';
import { schemaDocs } from './schemaDocs.ts';
import { getEvents, type EventEntry } from './events.ts';

export interface OpenData {
  about: DatasetAbout;
  records: EventRecord[];
  /** /data/events.json */
  json: string;
  /** /data/events.csv */
  csv: string;
  /** /data/events.schema.json, as text and as an object. */
  schema: string;
  schemaNode: JsonSchemaNode;
  columns: CsvColumn[];
  /** /data/events/<id>.json, by id. */
  documents: Map<string, string>;
}

const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The dates the version is taken from; an event's status history adds its steps' dates. */
function eventDates(events: readonly EventEntry[]): string[] {
  return events.flatMap((e) => [e.data.date, ...(e.data.history ?? []).map((step) => step.date)]);
}

async function compute(site: URL | undefined): Promise<OpenData> {
  const absolute = (p: string) => absoluteUrl(p, site);
  const events = await getEvents();
  const articles = await getCollection('articles');
  const corrections = await getCorrections();
  const version = contentVersion({ articleUpdates: articles.map((a) => a.data.updated), correctionDates: corrections.map((c) => c.data.date), eventDates: eventDates(events) });
  const about: DatasetAbout = {
    title: { es: t('es', 'data.datasetTitle'), en: t('en', 'data.datasetTitle') },
    version,
    publisher: { es: t('es', 'site.name'), en: t('en', 'site.name') },
    license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    documentation: { es: absolute(routePath({ kind: 'data' }, 'es')), en: absolute(routePath({ kind: 'data' }, 'en')) },
    schema: absolute(DATA_FILES.schema),
  };
  const records = events.map((e) => eventRecord(e.data, absolute));
  const dataset = datasetSchema.parse({ ...about, count: records.length, events: records });

  const literals = schemaDocs();
  const schemaNode = datasetJsonSchema({ id: about.schema, title: t('en', 'data.datasetTitle'), description: t('en', 'data.datasetDescription'), literals });
  const columns = csvColumns(recordJsonSchema(literals));
  const rows = records.map((record, i) =>
    columns.map((column) => {
      try {
        return csvValue(record, column);
      } catch (error) {
        throw new Error(`${events[i].filePath ?? events[i].id}: ${(error as Error).message}`);
      }
    }),
  );
  const documents = new Map(records.map((record) => [record.id, jsonText({ ...about, event: record })]));
  return {
    about,
    records,
    json: jsonText(dataset),
    csv: writeCsv(columns.map((c) => c.name), rows),
    schema: jsonText(schemaNode),
    schemaNode,
    columns,
    documents,
  };
}

export function openData(site: URL | undefined): Promise<OpenData> {
  return buildMemo('open-data', () => compute(site));
}

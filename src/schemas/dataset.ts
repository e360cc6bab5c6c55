/**
 * Schema of the open data (/data/events.json, /data/events/<id>.json): each record is an event
 * as the content has it (src/schemas/event.ts, every field, defaults filled in) plus the URLs of
 * its pages. Built from the event schema, so a field added there is exported with no edit here;
 * /data/events.schema.json is generated from this file.
 */
import { z } from 'astro/zod';
import { eventSchema } from './event.ts';
import { isoDate } from './isoDate.ts';
import { localized } from './text.ts';

/** An absolute URL in each language. */
const urlByLanguage = () => z.strictObject({ es: z.url(), en: z.url() });

export const eventUrlsSchema = z.strictObject({
  /** The event's page, in each language. */
  page: urlByLanguage(),
  /** The event alone, to put in an iframe on another site, in each language. */
  embed: urlByLanguage(),
  /** This record alone, as JSON. */
  data: z.url(),
});

export const eventRecordSchema = z.strictObject({
  ...eventSchema.shape,
  /** Where the event is on the site: absolute URLs. */
  urls: eventUrlsSchema,
});

export const licenseSchema = z.strictObject({
  /** Its short name: `CC BY 4.0`. */
  name: z.literal('CC BY 4.0'),
  /** Its legal code. */
  url: z.url(),
});

const about = {
  /** The dataset's name, in each language. */
  title: localized(),
  /** Version: the day the content last changed (the latest of the articles' `updated`, the corrections' dates and the events' dates), ISO date. */
  version: isoDate,
  /** Who publishes it, in each language. */
  publisher: localized(),
  /** Reuse it freely, crediting the publisher. */
  license: licenseSchema,
  /** The page that explains each field, in each language. */
  documentation: urlByLanguage(),
  /** This schema: a JSON Schema (draft 2020-12). */
  schema: z.url(),
};

export const datasetSchema = z.strictObject({
  ...about,
  /** How many events there are. */
  count: z.int().min(0),
  /** Every event, in date order (then by id). */
  events: z.array(eventRecordSchema),
});

export const eventDocumentSchema = z.strictObject({
  ...about,
  /** The event. */
  event: eventRecordSchema,
});

export type EventRecord = z.output<typeof eventRecordSchema>;
export type Dataset = z.output<typeof datasetSchema>;
export type EventDocument = z.output<typeof eventDocumentSchema>;
export type DatasetAbout = Omit<Dataset, 'count' | 'events'>;

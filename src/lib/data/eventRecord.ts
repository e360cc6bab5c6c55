/** One event as the open data has it: every content field, in the schema's order, and the absolute URLs of its pages. */
import type { EventData } from '../../schemas/event.ts';
import { eventRecordSchema, type EventRecord } from '../../schemas/dataset.ts';
import { eventDataPath, routePath } from '../site/routes.ts';

/** The URLs of an event's pages; `absolute` turns a site path into an absolute URL (absoluteUrl with the site). */
export function eventUrls(id: string, absolute: (path: string) => string): EventRecord['urls'] {
  return {
    page: { es: absolute(routePath({ kind: 'event', id }, 'es')), en: absolute(routePath({ kind: 'event', id }, 'en')) },
    embed: { es: absolute(routePath({ kind: 'embed', id }, 'es')), en: absolute(routePath({ kind: 'embed', id }, 'en')) },
    data: absolute(eventDataPath(id)),
  };
}

/**
 * The record of an event: its content data (as the collection parsed it, defaults filled in)
 * and its URLs, checked against the export's schema, so nothing leaves the build that the
 * published schema would refuse.
 */
export function eventRecord(data: EventData, absolute: (path: string) => string): EventRecord {
  return eventRecordSchema.parse({ ...data, urls: eventUrls(data.id, absolute) });
}

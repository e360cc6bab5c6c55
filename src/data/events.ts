/** The events collection, in date order (then by id): the one order used everywhere. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildMemo } from './buildMemo.ts';

export type EventEntry = CollectionEntry<'events'>;

export function compareEvents(a: EventEntry, b: EventEntry): number {
  return a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id);
}

export function getEvents(): Promise<EventEntry[]> {
  return buildMemo('events', async () => (await getCollection('events')).sort(compareEvents));
}

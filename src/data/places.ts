/** The places collection, and which events name each place (events' optional `places`, read defensively). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildMemo } from './buildMemo.ts';
import { getEvents, type EventEntry } from './events.ts';

export type PlaceEntry = CollectionEntry<'places'>;

/** An event's place ids (the first is where it happened); none when the event has no `places`. */
export function eventPlaces(event: EventEntry): string[] {
  const ids = (event.data as { places?: unknown }).places;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

export function getPlaces(): Promise<Map<string, PlaceEntry>> {
  return buildMemo('places', async () => new Map((await getCollection('places')).map((p) => [p.id, p])));
}

/** For each place id, the events that name it, in date order. */
export function eventsByPlace(): Promise<Map<string, EventEntry[]>> {
  return buildMemo('eventsByPlace', async () => {
    const byPlace = new Map<string, EventEntry[]>();
    for (const event of await getEvents()) {
      for (const id of new Set(eventPlaces(event))) byPlace.set(id, [...(byPlace.get(id) ?? []), event]);
    }
    return byPlace;
  });
}

/** How current the site is, from the data: the date of the latest event, and the content's last change. */
import { getCollection } from 'astro:content';
import { laterIso } from '../lib/dates/calendarDate.ts';
import { getCorrections } from './corrections.ts';
import { getEvents } from './events.ts';

/** The latest day any event happened on (or ended on): «Hechos hasta el …». */
export async function eventsThrough(): Promise<string> {
  const events = await getEvents();
  return events.map((e) => e.data.end ?? e.data.date).reduce(laterIso);
}

/** The content's last change: the latest of the articles' `updated` dates and the corrections' dates. */
export async function lastUpdated(): Promise<string> {
  const articles = (await getCollection('articles')).map((a) => a.data.updated);
  const corrections = (await getCorrections()).map((c) => c.data.date);
  return [...articles, ...corrections].reduce(laterIso);
}

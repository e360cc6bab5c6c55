/** Content for timelines: events and eras in the layout's terms, and each event's articles. */
import { getCollection } from 'astro:content';
import { formatShortDate } from '../i18n/formatDate.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Era, TimelineEvent } from '../lib/timeline/types.ts';
import { isoToTime } from '../lib/dates/calendarDate.ts';
import { routePath } from '../lib/site/routes.ts';
import { articleRoute, editionLang } from './articles.ts';
import { getEvents, type EventEntry } from './events.ts';
import { buildMemo } from './buildMemo.ts';

/** Every event as the layout sees it, in one language, in the order of getEvents(). */
export function timelineEvents(lang: Lang): Promise<TimelineEvent[]> {
  return buildMemo(`timeline-events:${lang}`, async () => (await getEvents()).map((e) => toTimelineEvent(e, lang)));
}

/** An event entry as the layout sees it, in one language. */
export function toTimelineEvent(entry: EventEntry, lang: Lang): TimelineEvent {
  const { data } = entry;
  return {
    id: entry.id,
    start: isoToTime(data.date),
    end: data.end ? isoToTime(data.end) : undefined,
    importance: data.importance,
    label: data.label[lang],
    dateLabel: formatShortDate(data.date, data.precision, lang),
  };
}

/** The eras, dated by their opening and closing events; an open era runs to the latest event. */
export function getEras(events: readonly EventEntry[], lang: Lang): Promise<Era[]> {
  return buildMemo(`eras:${lang}`, () => computeEras(events, lang));
}

async function computeEras(events: readonly EventEntry[], lang: Lang): Promise<Era[]> {
  const dates = new Map(events.map((e) => [e.id, e.data]));
  const latest = Math.max(...events.map((e) => isoToTime(e.data.end ?? e.data.date)));
  const eras = await getCollection('eras');
  return eras.map(({ data }) => ({
    id: data.id,
    start: isoToTime(dates.get(data.from)!.date),
    end: data.to ? isoToTime(dates.get(data.to)!.date) : latest,
    label: data.label[lang],
  }));
}

export interface ArticleLink {
  title: string;
  path: string;
}

/** For each event id, the articles (in `lang`) that cite it or that it lists. */
export function articlesByEvent(lang: Lang): Promise<Map<string, ArticleLink[]>> {
  return buildMemo(`articles-by-event:${lang}`, async () => computeArticlesByEvent(await getEvents(), lang));
}

async function computeArticlesByEvent(events: readonly EventEntry[], lang: Lang): Promise<Map<string, ArticleLink[]>> {
  const editions = await getCollection('articles', (entry) => editionLang(entry) === lang);
  const byKey = new Map(editions.map((entry) => [entry.data.key, entry]));
  const result = new Map<string, ArticleLink[]>();
  const add = async (eventId: string, key: string) => {
    const edition = byKey.get(key);
    if (!edition) return;
    const list = result.get(eventId) ?? [];
    const path = routePath(await articleRoute(key), lang);
    if (!list.some((a) => a.path === path)) list.push({ title: edition.data.title, path });
    result.set(eventId, list);
  };
  for (const edition of [...editions].sort((a, b) => a.data.order - b.data.order)) {
    for (const id of edition.data.events) await add(id, edition.data.key);
  }
  for (const event of events) for (const key of event.data.articles) await add(event.id, key);
  return result;
}

/** Content for timelines: events and eras in the layout's terms, and each event's articles. */
import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/languages.ts';
import { datedEras, toPlanEvent } from '../lib/timeline/fromContent.ts';
import type { PlanEvent } from '../lib/timeline/planTimeline.ts';
import type { Era } from '../lib/timeline/types.ts';
import { routePath } from '../lib/site/routes.ts';
import { articleRoute, editionLang } from './articles.ts';
import { getEvents, type EventEntry } from './events.ts';
import { buildMemo } from './buildMemo.ts';

/** Every event as the layout sees it, in one language, in the order of getEvents(). */
export function timelineEvents(lang: Lang): Promise<PlanEvent[]> {
  return buildMemo(`timeline-events:${lang}`, async () => (await getEvents()).map((e) => toPlanEvent(e.id, e.data, lang)));
}

/** Eras already computed, by the events they were dated from, then by language. */
const erasByEvents = new WeakMap<readonly EventEntry[], Map<Lang, Promise<Era[]>>>();

/**
 * The eras in date order (then by id), dated by their opening and closing events; an open era
 * runs to the latest event. Remembered for the same `events` (the same array) and language.
 */
export function getEras(events: readonly EventEntry[], lang: Lang): Promise<Era[]> {
  let byLang = erasByEvents.get(events);
  if (!byLang) erasByEvents.set(events, (byLang = new Map()));
  let eras = byLang.get(lang);
  if (!eras) byLang.set(lang, (eras = computeEras(events, lang)));
  return eras;
}

async function computeEras(events: readonly EventEntry[], lang: Lang): Promise<Era[]> {
  return datedEras((await getCollection('eras')).map((e) => e.data), events, lang);
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

/** An event's status history, oldest first (empty when its status never changed). */
export function historyOf(entry: EventEntry): NonNullable<EventEntry['data']['history']> {
  return entry.data.history ?? [];
}

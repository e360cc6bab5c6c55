/** What a map's list says about each of its places (name, country, its events) and where each place on the map links. */
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/t.ts';
import { routePath } from '../lib/site/routes.ts';
import { url } from '../lib/site/url.ts';
import type { EventEntry } from './events.ts';
import { eventsByPlace, getPlaces } from './places.ts';

export interface MapListItem {
  id: string;
  /** The anchor of its entry in the list: `<mapId>-<placeId>`. */
  anchor: string;
  name: string;
  country: string;
  /** For a place on a border: "border with …". */
  border?: string;
  /** Its events in date order; `shown` marks the few listed first (the most important, and the page's own event). */
  events: { id: string; href: string; year: string; label: string; date: string; shown: boolean }[];
}

/** How many events a place lists before the rest fold away. */
export const SHOWN_EVENTS = 3;

export async function mapListItems(mapId: string, ids: readonly string[], lang: Lang, current?: string): Promise<MapListItem[]> {
  const [places, byPlace] = await Promise.all([getPlaces(), eventsByPlace()]);
  return ids.map((id) => {
    const place = places.get(id);
    if (!place) throw new Error(`mapListItems: no place "${id}"`);
    const { data } = place;
    const all = byPlace.get(id) ?? [];
    const rank = [...all].sort((a, b) => Number(b.id === current) - Number(a.id === current) || b.data.importance - a.data.importance || b.data.date.localeCompare(a.data.date));
    const shown = new Set(rank.slice(0, SHOWN_EVENTS).map((e) => e.id));
    const events = all.map((e: EventEntry) => ({
      id: e.id,
      href: url(routePath({ kind: 'event', id: e.id }, lang)),
      year: e.data.date.slice(0, 4),
      date: e.data.date,
      label: e.data.label[lang],
      shown: shown.has(e.id),
    }));
    return {
      id,
      anchor: `${mapId}-${id}`,
      name: data.name[lang],
      country: t(lang, `country.${data.country}`),
      border: data.borderWith && t(lang, 'map.border', { country: t(lang, `country.${data.borderWith}`) }),
      events,
    };
  });
}

/** Where each place on the map links: its one event's page, or its entry in the list when it has several; nowhere when none. */
export function mapLinks(items: readonly MapListItem[]): Record<string, string | undefined> {
  return Object.fromEntries(items.map((item) => [item.id, item.events.length === 0 ? undefined : item.events.length === 1 ? item.events[0].href : `#${item.anchor}`]));
}

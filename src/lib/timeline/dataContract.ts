/**
 * The contract between the server's drawing and the browser's <mp-timeline>: the names of the
 * data-* attributes and how their values are written and read, in one place, so neither side
 * can drift. The Astro components write with the `…Attributes` functions; the element reads
 * with the `read…` functions. Shared by the server and the browser.
 */
import { PLACES_ATTR, placesValue } from '../../components/map/placeAttributes.ts';
import type { HistoryStatus } from './statusOn.ts';
import type { TimelineEvent, TimeWindow } from './types.ts';

/** Anything with attributes: an element, or a plain object in a test. */
export interface HasAttributes {
  getAttribute(name: string): string | null;
}

/** Words the browser needs, in the page's language, with `{placeholders}`. */
export interface TimelineWords {
  /** `{n} en la vista · {total} en total` */
  count: string;
  /** `{n} en la vista · {shown} de {total} con los filtros` */
  countFiltered: string;
  /** `{n} en la vista · {total} conocidos el {date}` */
  countAsOf: string;
  /** A cluster's accessible name: `{n} hechos, {range}` */
  clusterName: string;
  /** Announced when details open: `Abierto: {title}` */
  opened: string;
  /** A marker's status word before its date under `asof`: `aún no había ocurrido` */
  later: string;
  /** Status words and the attribution word (`según`). */
  confirmed: string;
  official: string;
  claimed: string;
  by: string;
  /** The overview's value in words: `de {from} a {to}` */
  range: string;
  /** The overview slider's name: `Periodo mostrado` */
  overview: string;
  /** Before a status in the details under `asof`: `El {date}:` */
  statusOn: string;
}

/** One step of an event's status history, as the browser reads it: date, status, whose (in the page's language). */
export type HistoryEntry = readonly [date: string, status: HistoryStatus, by: string];

export const ROOT = {
  lang: 'data-lang',
  /** Zoom and pan limits: `t0 t1` (UTC ms). */
  bounds: 'data-bounds',
  /** The window the drawing opens on: `t0 t1`. */
  open: 'data-open',
  /** Label lanes for narrow, medium and wide drawings: `6 4 4`. */
  lanes: 'data-lanes',
  /** Highlighted event ids, space-separated. */
  highlight: 'data-highlight',
  /** Event ids never merged into a cluster (an event page's own event), space-separated. */
  pinned: 'data-pinned',
  /** `true` when the list's entries carry the event ids (deep links work). */
  anchors: 'data-anchors',
  /** JSON of TimelineWords. */
  words: 'data-words',
  /** Written by the browser: the visible window, `t0 t1` (for tests and print). */
  window: 'data-window',
  /** Written by the browser: the `asof` date shown, if any. */
  asOf: 'data-asof',
} as const;

export const ERA = {
  id: 'data-id',
  start: 'data-t',
  end: 'data-t2',
} as const;

export const OVERVIEW = {
  /** The stretch the overview spans: `t0 t1`. */
  range: 'data-range',
} as const;

export const EVENT = {
  id: 'data-id',
  start: 'data-t',
  end: 'data-t2',
  importance: 'data-imp',
  label: 'data-label',
  date: 'data-date',
  category: 'data-cat',
  status: 'data-status',
  /** Whose act or word, in the page's language. */
  by: 'data-by',
  /** JSON of HistoryEntry[]; absent when the status never changed. */
  history: 'data-history',
  /** Place ids, space-separated, as the maps name them (src/components/map/placeAttributes.ts). */
  places: PLACES_ATTR,
} as const;

/** What a marker carries: the event as the layout sees it, and what the filters and details read. */
export interface EventData extends TimelineEvent {
  category: string;
  status: HistoryStatus;
  by?: string;
  history?: readonly HistoryEntry[];
  places?: readonly string[];
}

export function encodeWindow(window: TimeWindow): string {
  return `${Math.round(window[0])} ${Math.round(window[1])}`;
}

export function decodeWindow(value: string | null | undefined): TimeWindow | undefined {
  const parts = (value ?? '').split(' ').map(Number);
  return parts.length === 2 && parts.every(Number.isFinite) && parts[1] > parts[0] ? [parts[0], parts[1]] : undefined;
}

export function encodeIds(ids: Iterable<string>): string {
  return [...ids].join(' ');
}

export function decodeIds(value: string | null | undefined): string[] {
  return (value ?? '').split(' ').filter(Boolean);
}

export function encodeWords(words: TimelineWords): string {
  return JSON.stringify(words);
}

export function decodeWords(value: string | null): TimelineWords {
  return JSON.parse(value ?? '{}') as TimelineWords;
}

/** The attributes of the <mp-timeline> element. */
export function rootAttributes(root: {
  lang: string;
  bounds: TimeWindow;
  open: TimeWindow;
  lanes: readonly [number, number, number];
  highlight: readonly string[];
  pinned: readonly string[];
  anchors: boolean;
  words: TimelineWords;
}): Record<string, string | undefined> {
  return {
    [ROOT.lang]: root.lang,
    [ROOT.bounds]: encodeWindow(root.bounds),
    [ROOT.open]: encodeWindow(root.open),
    [ROOT.lanes]: root.lanes.join(' '),
    [ROOT.highlight]: root.highlight.length ? encodeIds(root.highlight) : undefined,
    [ROOT.pinned]: root.pinned.length ? encodeIds(root.pinned) : undefined,
    [ROOT.anchors]: root.anchors ? 'true' : undefined,
    [ROOT.words]: encodeWords(root.words),
  };
}

/** The attributes of one event's marker. */
export function eventAttributes(event: EventData): Record<string, string | undefined> {
  return {
    [EVENT.id]: event.id,
    [EVENT.start]: String(event.start),
    [EVENT.end]: event.end === undefined ? undefined : String(event.end),
    [EVENT.importance]: String(event.importance),
    [EVENT.label]: event.label,
    [EVENT.date]: event.dateLabel,
    [EVENT.category]: event.category,
    [EVENT.status]: event.status,
    [EVENT.by]: event.by,
    [EVENT.history]: event.history?.length ? JSON.stringify(event.history) : undefined,
    [EVENT.places]: event.places?.length ? placesValue(event.places) : undefined,
  };
}

/** Reads one event's marker. */
export function readEvent(el: HasAttributes): EventData {
  const get = (name: string) => el.getAttribute(name) ?? undefined;
  const end = get(EVENT.end);
  const history = get(EVENT.history);
  return {
    id: get(EVENT.id)!,
    start: Number(get(EVENT.start)),
    end: end === undefined ? undefined : Number(end),
    importance: Number(get(EVENT.importance)) as 1 | 2 | 3,
    label: get(EVENT.label) ?? '',
    dateLabel: get(EVENT.date) ?? '',
    category: get(EVENT.category) ?? '',
    status: (get(EVENT.status) ?? 'confirmed') as HistoryStatus,
    by: get(EVENT.by),
    history: history ? (JSON.parse(history) as HistoryEntry[]) : undefined,
    places: decodeIds(get(EVENT.places)),
  };
}

function decodeLanes(value: string | null): [number, number, number] {
  const [n = 4, m = n, w = m] = (value ?? '').split(' ').filter(Boolean).map(Number);
  return [n, m, w];
}

/** The classes that size the drawing's box before the script runs (timeline.css): lanes per width bucket, rows of span bars. */
export function sizeClasses(lanes: readonly [number, number, number], rows: number): string[] {
  return [...lanes.map((n, bucket) => `tl--l${bucket}-${n}`), `tl--rows-${rows}`];
}

/** Reads the <mp-timeline> element's attributes. */
export function readRoot(el: HasAttributes) {
  const bounds = decodeWindow(el.getAttribute(ROOT.bounds));
  if (!bounds) throw new Error('<mp-timeline>: no data-bounds');
  return {
    lang: el.getAttribute(ROOT.lang) ?? 'es',
    bounds,
    open: decodeWindow(el.getAttribute(ROOT.open)) ?? bounds,
    lanes: decodeLanes(el.getAttribute(ROOT.lanes)),
    highlight: decodeIds(el.getAttribute(ROOT.highlight)),
    pinned: decodeIds(el.getAttribute(ROOT.pinned)),
    anchors: el.getAttribute(ROOT.anchors) === 'true',
    words: decodeWords(el.getAttribute(ROOT.words)),
  };
}

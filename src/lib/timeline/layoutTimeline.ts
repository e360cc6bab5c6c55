/**
 * The timeline layout: events, eras, a window and a width in; positions of markers, clusters,
 * span bars, labels, era bands and ticks out. Pure and deterministic: no DOM, no clock, no
 * locale but the one given. Runs at build time and, after zooming, in the browser.
 */
import { DAY } from '../dates/calendarDate.ts';
import type { Lang } from '../../i18n/languages.ts';
import { clusterMarkers } from './clusterMarkers.ts';
import { clusterHeader, clusterLines, labelLines, type LabelText } from './labelText.ts';
import { measureText } from './measureText.ts';
import { METRICS, labelTop, labelWidths, lanesFor } from './metrics.ts';
import { placeLabels, type LabelRequest } from './placeLabels.ts';
import { isAltEra, sortEras } from './sortEras.ts';
import { ticks } from './ticks.ts';
import type { Era, PlacedCluster, PlacedEra, PlacedEvent, PlacedLabel, TimelineEvent, TimelineGeometry, TimeToX, TimeWindow } from './types.ts';

export interface LayoutInput {
  events: readonly TimelineEvent[];
  /** Every era (bands outside the window get no width): the alternating shade follows their date order. */
  eras?: readonly Era[];
  /** The visible window. */
  window: TimeWindow;
  /** Maps time to x for this window and width (see `timeScale`). */
  x: TimeToX;
  width: number;
  lang: Lang;
  /** Label lanes above the axis (the drawing's height follows). */
  lanes?: number;
  /** Ids whose labels are placed first (the focused and the open event). */
  first?: readonly string[];
  /** Ids whose markers never merge into a cluster (the focused and the open event). */
  pinned?: readonly string[];
  /** Ids drawn stepped back: a marker only, never a label, never in a cluster (events after an `asof` date). */
  quiet?: ReadonlySet<string>;
  /** Highlighted ids: labelled right after the key events; a cluster with no key event names them. */
  highlight?: readonly string[];
  /** Span bar rows, from a previous layout, to keep them still while zooming. */
  spanRows?: ReadonlyMap<string, number>;
  /** Wrapped label texts by event id, kept between layouts of the same events (labels do not change with zoom). */
  labelCache?: Map<string, LabelText>;
}

export { labelLines };

/** Whether an event is drawn as a span (a bar under the axis) rather than a point. */
export function isSpan(event: Pick<TimelineEvent, 'start' | 'end'>): boolean {
  return event.end !== undefined && event.end - event.start >= METRICS.minSpanDays * DAY;
}

/** Rows for span bars so that no two overlap in time; earlier spans get lower rows. */
export function spanRows(events: readonly TimelineEvent[]): Map<string, number> {
  const spans = events.filter(isSpan).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
  const rowEnds: number[] = [];
  const rows = new Map<string, number>();
  for (const span of spans) {
    let row = rowEnds.findIndex((end) => end < span.start);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = span.end!;
    rows.set(span.id, row);
  }
  return rows;
}

/** How many rows of span bars `rows` fills. */
export function rowCount(rows: ReadonlyMap<string, number>): number {
  return rows.size ? Math.max(...rows.values()) + 1 : 0;
}

/** The height of the drawing for a number of lanes and span rows (timeline.css sizes the drawing's box by the same sum). */
export function timelineHeight(lanes: number, rows: number): { height: number; axisY: number } {
  const axisY = METRICS.eraHeight + lanes * METRICS.laneHeight + METRICS.laneGap + METRICS.markerRadius + 2;
  return { axisY, height: axisY + METRICS.markerRadius + 4 + rows * METRICS.spanRow + METRICS.tickBand };
}

/** The members a cluster names: its key (importance 3) ones, else its highlighted ones, else its most important; in date order. */
function namedMembers(members: readonly TimelineEvent[], highlight: ReadonlySet<string>): TimelineEvent[] {
  let named = members.filter((e) => e.importance === 3);
  if (named.length === 0) named = members.filter((e) => highlight.has(e.id));
  if (named.length === 0) named = [members.reduce((best, e) => (e.importance > best.importance ? e : best))];
  return named.slice(0, METRICS.calloutMaxNames);
}

export function layoutTimeline(input: LayoutInput): TimelineGeometry {
  const { events, window, x, width, lang } = input;
  const lanes = input.lanes ?? METRICS.maxLanes;
  const rows = input.spanRows ?? spanRows(events);
  const { height, axisY } = timelineHeight(lanes, rowCount(rows));
  const plot = [METRICS.padX, width - METRICS.padX] as const;
  const highlight = new Set(input.highlight ?? []);
  const texts = input.labelCache ?? new Map<string, LabelText>();
  const widths = labelWidths(width);

  const inView = (t: number) => t >= window[0] && t <= window[1];
  const quiet = input.quiet ?? new Set<string>();
  const shown = events.filter((e) => inView(e.start) && !quiet.has(e.id));
  const byId = new Map(shown.map((e) => [e.id, e]));
  const groups = clusterMarkers(
    shown.map((e) => ({ id: e.id, x: x(e.start) })),
    METRICS.clusterDistance,
    new Set(input.pinned ?? []),
    2 * METRICS.clusterRadius + 2,
  );

  const clusterOf = new Map<string, string>();
  const clusters: (Omit<PlacedCluster, 'label'> & { text: LabelText })[] = [];
  const requests: LabelRequest[] = [];
  for (const group of groups) {
    if (group.ids.length === 1) {
      requests.push(eventRequest(byId.get(group.ids[0])!, group.x, texts, widths.label));
      continue;
    }
    const members = group.ids.map((id) => byId.get(id)!).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
    const id = `c-${members[0].id}`;
    const named = namedMembers(members, highlight);
    const start = members[0].start;
    const end = Math.max(...members.map((e) => e.start));
    // A cluster's label is cached like an event's, by what it says and how wide it may be.
    const header = clusterHeader(start, end, lang);
    const key = cacheKey(`${header}|${named.map((e) => e.id).join(' ')}`, widths.callout);
    let text = texts.get(key);
    if (!text) texts.set(key, (text = clusterLines(header, named, widths.callout, widths.label)));
    const importance = Math.max(...members.map((e) => e.importance)) as 1 | 2 | 3;
    for (const member of members) clusterOf.set(member.id, id);
    clusters.push({ id, x: group.x, members: members.map((e) => e.id), start, end, importance, named: named.map((e) => e.id), text });
    requests.push({ id, x: group.x, width: text.width, lanes: lanesFor(text.lines.length), importance, start });
  }
  // A label asked for first that now sits in a cluster brings its cluster's label first.
  const stop = (id: string) => clusterOf.get(id) ?? id;
  const first = [...new Set((input.first ?? []).map(stop))];
  const prefer = [...new Set((input.highlight ?? []).map(stop))];
  const slots = placeLabels(requests, { left: 0, right: width, lanes, gap: METRICS.labelGap, first, prefer });

  const placedLabel = (id: string, text: LabelText): PlacedLabel | null => {
    const slot = slots.get(id);
    if (!slot) return null;
    const tall = lanesFor(text.lines.length);
    return { x: slot.x, y: labelTop(slot.lane, text.lines.length, axisY), lane: slot.lane, lanes: tall, width: text.width, lines: text.lines, anchor: slot.anchor };
  };

  let lanesUsed = 0;
  const placed: PlacedEvent[] = events.map((event) => {
    const cluster = clusterOf.get(event.id);
    let label: PlacedLabel | null = null;
    if (!cluster && slots.get(event.id)) {
      let text = texts.get(cacheKey(event.id, widths.label));
      if (!text) texts.set(cacheKey(event.id, widths.label), (text = labelLines(event, widths.label)));
      label = placedLabel(event.id, text);
    }
    if (label) lanesUsed = Math.max(lanesUsed, label.lane + label.lanes);
    const result: PlacedEvent = { id: event.id, x: x(event.start), inView: inView(event.start), label };
    if (cluster) result.cluster = cluster;
    if (isSpan(event)) {
      result.x2 = x(event.end!);
      result.spanRow = rows.get(event.id) ?? 0;
    }
    return result;
  });
  const placedClusters: PlacedCluster[] = clusters.map(({ text, ...cluster }) => {
    const label = placedLabel(cluster.id, text);
    if (label) lanesUsed = Math.max(lanesUsed, label.lane + label.lanes);
    return { ...cluster, label };
  });

  const sorted = sortEras(input.eras ?? []);
  const order = new Map(sorted.map((era, i) => [era.id, i]));
  const eras: PlacedEra[] = (input.eras ?? []).map((era) => {
    const x0 = Math.max(0, Math.min(width, x(era.start)));
    const x1 = Math.max(x0, Math.min(width, x(era.end)));
    const showLabel = x1 - x0 >= measureText(era.label, METRICS.eraSize, true) + 12;
    return { id: era.id, start: era.start, end: era.end, x0, x1, label: era.label, alt: isAltEra(order.get(era.id)!, sorted.length), showLabel };
  });

  return {
    width,
    height,
    lanes,
    lanesUsed,
    axisY,
    plot,
    events: placed,
    clusters: placedClusters,
    eras,
    ticks: ticks(window, x, plot[1] - plot[0], lang, width),
  };
}

/**
 * An event's label request. Labels are wrapped only when they might fit: most of a dense
 * timeline's never do. A label that fits on one line is measured exactly without wrapping; a
 * longer one is bounded below.
 */
function eventRequest(event: TimelineEvent, at: number, texts: Map<string, LabelText>, maxWidth: number): LabelRequest {
  const key = cacheKey(event.id, maxWidth);
  const cached = texts.get(key);
  const request: LabelRequest = { id: event.id, x: at, width: 0, importance: event.importance, start: event.start };
  if (cached) {
    request.width = cached.width;
    return request;
  }
  const date = measureText(event.dateLabel, METRICS.dateSize, true);
  const single = measureText(event.label, METRICS.labelSize);
  if (single <= maxWidth) {
    request.width = Math.ceil(Math.max(date, single));
  } else {
    request.minWidth = Math.max(date, (maxWidth - measureText(' ', METRICS.labelSize)) / 2);
    request.width = () => {
      const text = labelLines(event, maxWidth);
      texts.set(key, text);
      return text.width;
    };
  }
  return request;
}

/** Labels are wrapped to a width: cached texts are kept by width and event. */
export function cacheKey(id: string, maxWidth: number): string {
  return `${maxWidth}|${id}`;
}

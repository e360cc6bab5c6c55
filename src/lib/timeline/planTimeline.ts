/**
 * What one timeline shows, decided at build time from the data and the component's props: its
 * events, its zoom limits, the window it opens on, and how many label lanes it needs (the
 * fewest that label every key event at the widths readers use). Pure: the Astro component and
 * the tests (golden drawings, label coverage) plan timelines the same way.
 */
import { isoToTime } from '../dates/calendarDate.ts';
import type { Lang } from '../../i18n/languages.ts';
import { layoutTimeline } from './layoutTimeline.ts';
import { linearTime } from './linearTime.ts';
import { laneBucket, METRICS } from './metrics.ts';
import type { Era, TimelineEvent, TimelineGeometry, TimeWindow } from './types.ts';
import { extentOf, openingWindow, windowAround } from './windows.ts';

export interface PlanEvent extends TimelineEvent {
  category: string;
}

export type TimelineKind = 'explorer' | 'embed' | 'around';

export interface PlanInput {
  /** Every event, in date order. */
  events: readonly PlanEvent[];
  eras: readonly Era[];
  lang: Lang;
  /** Explicit window, ISO dates. */
  window?: readonly [string, string];
  /** Only these categories. */
  categories?: readonly string[];
  highlight?: readonly string[];
  /** Centre a small timeline on this event (event pages). */
  around?: string;
  explorer?: boolean;
}

export interface TimelinePlan {
  kind: TimelineKind;
  /** The events drawn, in date order. */
  events: PlanEvent[];
  /** Zoom and pan limits. */
  bounds: TimeWindow;
  /** The window it opens on. */
  open: TimeWindow;
  /** Label lanes for narrow, medium and wide drawings (see `laneBucket`). */
  lanes: readonly [number, number, number];
  highlight: string[];
  /** Events never merged into a cluster (an event page's own event). */
  pinned: string[];
}

/**
 * The reader widths every key event must be labelled at (lanes are chosen for them); at 320 px
 * the drawing keeps those lanes and labels what fits, the list beneath saying the rest.
 */
export const READER_WIDTHS = [360, 768, 1280] as const;

/**
 * The drawing width a timeline gets at the reader widths the site is checked at (320 px too), as
 * the page grid lays it out (src/styles/: the explorer's drawing takes the page's full width,
 * an article's or an event page's the text column): measured in the browser, and held to it by
 * the browser tests, which fail when the grid changes and this table does not.
 */
const DRAWING_WIDTHS: Record<TimelineKind, Record<320 | ReaderWidth, number>> = {
  explorer: { 320: 288, 360: 327, 768: 721, 1280: 1216 },
  embed: { 320: 288, 360: 327, 768: 721, 1280: 864 },
  around: { 320: 288, 360: 327, 768: 721, 1280: 864 },
};

export type ReaderWidth = (typeof READER_WIDTHS)[number];

export function drawingWidth(kind: TimelineKind, viewport: 320 | ReaderWidth): number {
  return DRAWING_WIDTHS[kind][viewport];
}

/** The width the server draws a timeline at (what a desktop reader gets; narrower readers get the drawing redrawn). */
export function buildWidth(kind: TimelineKind): number {
  return drawingWidth(kind, 1280);
}

/** The lanes for a drawing width. */
export function lanesAt(plan: Pick<TimelinePlan, 'lanes'>, width: number): number {
  return plan.lanes[laneBucket(width)];
}

/** The layout of a plan at a width (its opening window unless another is given). */
export function layoutPlan(
  plan: TimelinePlan,
  input: Pick<PlanInput, 'eras' | 'lang'>,
  width: number,
  lanes = lanesAt(plan, width),
  window = plan.open,
  scale: (window: TimeWindow, width: number) => (t: number) => number = linearTime,
): TimelineGeometry {
  return layoutTimeline({
    events: plan.events,
    eras: input.eras,
    window,
    x: scale(window, width),
    width,
    lang: input.lang,
    lanes,
    first: plan.pinned,
    highlight: plan.highlight,
    pinned: plan.pinned,
  });
}

/** Whether every key event in view (importance 3, and the event an event page is about) has a label of its own or is named by its cluster's. */
export function keyEventsLabelled(g: TimelineGeometry, plan: Pick<TimelinePlan, 'events' | 'pinned'>): boolean {
  return unlabelledKeyEvents(g, plan).length === 0;
}

/** Ids of key events in view with no visible label (neither their own nor their cluster's naming them). */
export function unlabelledKeyEvents(g: TimelineGeometry, plan: Pick<TimelinePlan, 'events' | 'pinned'>): string[] {
  const key = new Set(plan.events.filter((e) => e.importance === 3).map((e) => e.id).concat(plan.pinned));
  return labelledIn(g, (id) => key.has(id)).missing;
}

/** Among events in view that pass `which`: those with a visible label, and those without. */
export function labelledIn(g: TimelineGeometry, which: (id: string) => boolean = () => true): { labelled: string[]; missing: string[] } {
  const named = new Set(g.clusters.filter((c) => c.label).flatMap((c) => c.named));
  const labelled: string[] = [];
  const missing: string[] = [];
  for (const e of g.events) {
    if (!e.inView || !which(e.id)) continue;
    (e.label || named.has(e.id) ? labelled : missing).push(e.id);
  }
  return { labelled, missing };
}

/** Markers and clusters in view that have a label. */
function labelledStops(g: TimelineGeometry): number {
  return g.events.filter((e) => e.inView && !e.cluster && e.label).length + g.clusters.filter((c) => c.label).length;
}

/**
 * The fewest lanes that label every key event at each of `widths`, then more while each labels
 * one more highlighted event, and one more if it labels at least two more markers at some width;
 * never more than METRICS.maxLanes.
 */
export function lanesNeeded(plan: Omit<TimelinePlan, 'lanes'>, input: Pick<PlanInput, 'eras' | 'lang'>, widths: readonly number[]): number {
  const at = (lanes: number) => widths.map((w) => layoutPlan({ ...plan, lanes: [lanes, lanes, lanes] }, input, w, lanes));
  let lanes = 1;
  let layouts = at(lanes);
  while (lanes < METRICS.maxLanes && !layouts.every((g) => keyEventsLabelled(g, plan))) layouts = at((lanes += 1));
  // Highlighted events (an article's focus) get lanes too, while each lane labels one more of them.
  const highlighted = (g: TimelineGeometry) => labelledIn(g, (id) => plan.highlight.includes(id)).labelled.length;
  while (lanes < METRICS.maxLanes && plan.highlight.length > 0) {
    const more = at(lanes + 1);
    if (!more.some((g, i) => highlighted(g) > highlighted(layouts[i]))) break;
    lanes += 1;
    layouts = more;
  }
  if (lanes < METRICS.maxLanes) {
    const more = at(lanes + 1);
    if (more.some((g, i) => labelledStops(g) - labelledStops(layouts[i]) >= 2)) lanes += 1;
  }
  return lanes;
}

/** Plans a timeline: which events, which limits, which opening window, how many lanes. */
export function planTimeline(input: PlanInput): TimelinePlan {
  const inCategories = input.categories ? input.events.filter((e) => input.categories!.includes(e.category)) : [...input.events];
  const highlight = [...new Set([...(input.highlight ?? []), ...(input.around ? [input.around] : [])])];
  for (const id of highlight) if (!input.events.some((e) => e.id === id)) throw new Error(`<Timeline>: no event has the id "${id}"`);
  const kind: TimelineKind = input.explorer ? 'explorer' : input.around ? 'around' : 'embed';

  let bounds: TimeWindow;
  if (input.window) bounds = [isoToTime(input.window[0]), isoToTime(input.window[1])];
  else if (input.around) bounds = windowAround(inCategories, input.around);
  else bounds = extentOf(inCategories);
  if (!(bounds[1] > bounds[0])) throw new Error('<Timeline>: the window ends before it starts');

  // The explorer keeps spans that began earlier (they run into view as you pan); a window of a
  // few months shows only what starts inside it.
  const events = input.explorer
    ? inCategories.filter((e) => e.start <= bounds[1] && (e.end ?? e.start) >= bounds[0])
    : inCategories.filter((e) => e.start >= bounds[0] && e.start <= bounds[1]);
  if (events.length === 0) throw new Error('<Timeline>: no event falls in the window');
  const open = input.explorer ? openingWindow(events, input.eras, bounds) : bounds;
  const plan = { kind, events, bounds, open, highlight, pinned: input.around ? [input.around] : [] };
  // Lanes for each bucket, from the drawing widths readers get in it; a bucket no reader width
  // reaches (an article's column is never wide) takes the one below.
  const widths = READER_WIDTHS.map((viewport) => drawingWidth(kind, viewport));
  const lanes: number[] = [];
  for (const bucket of [0, 1, 2] as const) {
    const inBucket = [...new Set(widths.filter((w) => laneBucket(w) === bucket))];
    lanes.push(inBucket.length ? lanesNeeded(plan, input, inBucket) : (lanes[bucket - 1] ?? METRICS.maxLanes));
  }
  return { ...plan, lanes: [lanes[0], lanes[1], lanes[2]] };
}

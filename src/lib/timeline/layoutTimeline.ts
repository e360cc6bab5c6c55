/**
 * The timeline layout: events, eras, a window and a width in; positions of markers, span bars,
 * labels, era bands and ticks out. Pure and deterministic: no DOM, no clock, no locale but the
 * one given. Runs at build time and, after zooming, in the browser.
 */
import type { Lang } from '../../i18n/languages.ts';
import { measureText } from './measureText.ts';
import { METRICS, laneTop } from './metrics.ts';
import { placeLabels, type LabelRequest } from './placeLabels.ts';
import { ticks } from './ticks.ts';
import type { Era, PlacedEra, PlacedEvent, TimelineEvent, TimelineGeometry, TimeToX, TimeWindow } from './types.ts';
import { wrapText } from './wrapText.ts';

export interface LayoutInput {
  events: readonly TimelineEvent[];
  eras?: readonly Era[];
  /** The visible window. */
  window: TimeWindow;
  /** Maps time to x for this window and width (see `timeScale`). */
  x: TimeToX;
  width: number;
  lang: Lang;
  /** Label lanes above the axis. */
  lanes?: number;
  /** Ids whose labels are placed first (focused, highlighted). */
  first?: readonly string[];
  /** Span bar rows, from a previous layout, to keep them still while zooming. */
  spanRows?: ReadonlyMap<string, number>;
  /** Wrapped label texts by event id, kept between layouts of the same events (labels do not change with zoom). */
  labelCache?: Map<string, { lines: string[]; width: number }>;
}

export const DEFAULT_LANES = 4;

/** The label's lines (date first) and its width, for an event. */
export function labelLines(event: TimelineEvent): { lines: string[]; width: number } {
  const text = wrapText(event.label, METRICS.labelMaxWidth, METRICS.labelSize);
  const width = Math.max(measureText(event.dateLabel, METRICS.dateSize, true), ...text.map((line) => measureText(line, METRICS.labelSize)));
  return { lines: [event.dateLabel, ...text], width: Math.ceil(width) };
}

/** Rows for span bars so that no two overlap in time; earlier spans get lower rows. */
export function spanRows(events: readonly TimelineEvent[]): Map<string, number> {
  const spans = events.filter((e) => e.end !== undefined && e.end > e.start).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
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

/** The height of the drawing for a number of lanes and span rows. */
export function timelineHeight(lanes: number, rows: number): { height: number; axisY: number } {
  const axisY = METRICS.eraHeight + lanes * METRICS.laneHeight + METRICS.laneGap + METRICS.markerRadius + 2;
  return { axisY, height: axisY + METRICS.markerRadius + 4 + rows * METRICS.spanRow + METRICS.tickBand };
}

export function layoutTimeline(input: LayoutInput): TimelineGeometry {
  const { events, window, x, width, lang } = input;
  const lanes = input.lanes ?? DEFAULT_LANES;
  const rows = input.spanRows ?? spanRows(events);
  const rowCount = rows.size ? Math.max(...rows.values()) + 1 : 0;
  const { height, axisY } = timelineHeight(lanes, rowCount);
  const plot = [METRICS.padX, width - METRICS.padX] as const;

  const inView = (t: number) => t >= window[0] && t <= window[1];
  // Labels are wrapped only when they might fit: most of a dense timeline's never do. A label
  // that fits on one line is measured exactly without wrapping; a longer one is bounded below.
  const texts = input.labelCache ?? new Map<string, { lines: string[]; width: number }>();
  const requests: LabelRequest[] = [];
  for (const event of events) {
    if (!inView(event.start)) continue;
    const cached = texts.get(event.id);
    let width: LabelRequest['width'];
    let minWidth: number | undefined;
    if (cached) {
      width = cached.width;
    } else {
      const date = measureText(event.dateLabel, METRICS.dateSize, true);
      const single = measureText(event.label, METRICS.labelSize);
      if (single <= METRICS.labelMaxWidth) {
        width = Math.ceil(Math.max(date, single));
      } else {
        minWidth = Math.max(date, (METRICS.labelMaxWidth - measureText(' ', METRICS.labelSize)) / 2);
        width = () => {
          const text = labelLines(event);
          texts.set(event.id, text);
          return text.width;
        };
      }
    }
    requests.push({ id: event.id, x: x(event.start), width, minWidth, importance: event.importance, start: event.start });
  }
  const slots = placeLabels(requests, { left: 0, right: width, lanes, gap: METRICS.labelGap, first: input.first });

  const placed: PlacedEvent[] = events.map((event) => {
    const slot = slots.get(event.id) ?? null;
    let text = slot ? texts.get(event.id) : undefined;
    if (slot && !text) {
      text = labelLines(event);
      texts.set(event.id, text);
    }
    const result: PlacedEvent = {
      id: event.id,
      x: x(event.start),
      inView: inView(event.start),
      label: slot && text ? { x: slot.x, y: laneTop(slot.lane, axisY), lane: slot.lane, width: text.width, lines: text.lines } : null,
    };
    if (event.end !== undefined && event.end > event.start) {
      result.x2 = x(event.end);
      result.spanRow = rows.get(event.id) ?? 0;
    }
    return result;
  });

  const eras: PlacedEra[] = (input.eras ?? []).map((era) => {
    const x0 = Math.max(0, x(era.start));
    const x1 = Math.min(width, x(era.end));
    return { id: era.id, x0, x1, label: era.label, showLabel: x1 - x0 >= measureText(era.label, METRICS.eraSize, true) + 12 };
  });

  return { width, height, axisY, plot, events: placed, eras, ticks: ticks(window, x, plot[1] - plot[0], lang, width) };
}

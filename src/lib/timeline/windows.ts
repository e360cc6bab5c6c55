/**
 * Time windows: the extent of some events, the window a timeline opens on, a window around one
 * event, and moving a window (zoom, pan) within limits and toward the data. Pure; shared by the
 * server and the browser.
 */
import { DAY } from '../dates/calendarDate.ts';
import type { Era, TimelineEvent, TimeWindow } from './types.ts';

/** From the earliest start to the latest start or end, padded by `pad` of its length on each side (at least 15 days). */
export function extentOf(events: readonly Pick<TimelineEvent, 'start' | 'end'>[], pad = 0.03): TimeWindow {
  if (events.length === 0) throw new Error('extentOf: no events');
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    lo = Math.min(lo, e.start);
    hi = Math.max(hi, e.end ?? e.start, e.start);
  }
  const margin = Math.max((hi - lo) * pad, 15 * DAY);
  return [lo - margin, hi + margin];
}

/**
 * The window the explorer opens on, where the events are dense: the latest half of the events
 * (the shortest stretch that ends at the latest event and holds half of them), taken back to
 * the start of the era that stretch begins in, padded a little and kept inside `bounds`.
 * `events` in date order.
 */
export function openingWindow(events: readonly Pick<TimelineEvent, 'start'>[], eras: readonly Pick<Era, 'start' | 'end'>[], bounds: TimeWindow, pad = 0.03): TimeWindow {
  if (events.length === 0) throw new Error('openingWindow: no events');
  const latest = events[events.length - 1].start;
  let from = events[Math.floor(events.length / 2)].start;
  const era = eras.find((e) => e.start <= from && from <= e.end);
  if (era) from = era.start;
  const margin = Math.max((latest - from) * pad, 15 * DAY);
  return clampWindow([from - margin, latest + margin], bounds, 0);
}

/**
 * A window centred on the event with `id`, wide enough to show its neighbours on both sides
 * (at least `minDays` each way). `events` must be in date order.
 */
export function windowAround(events: readonly Pick<TimelineEvent, 'id' | 'start'>[], id: string, minDays = 45): TimeWindow {
  const i = events.findIndex((e) => e.id === id);
  if (i === -1) throw new Error(`windowAround: no event "${id}"`);
  const t = events[i].start;
  const before = i > 0 ? t - events[i - 1].start : 0;
  const after = i < events.length - 1 ? events[i + 1].start - t : 0;
  const half = Math.max(before, after, minDays * DAY) * 1.25;
  return [t - half, t + half];
}

/** The window made at least `minSpan` and at most as long as `bounds`, then moved inside them. */
export function clampWindow(window: TimeWindow, bounds: TimeWindow, minSpan: number): TimeWindow {
  const full = bounds[1] - bounds[0];
  const span = Math.min(full, Math.max(minSpan, window[1] - window[0]));
  const middle = (window[0] + window[1]) / 2;
  const start = Math.min(bounds[1] - span, Math.max(bounds[0], middle - span / 2));
  return [start, start + span];
}

/** Zooms by `factor` (above 1: in) keeping time `at` where it is on screen; clamped. */
export function zoomWindow(window: TimeWindow, factor: number, at: number, bounds: TimeWindow, minSpan: number): TimeWindow {
  const span = window[1] - window[0];
  const full = bounds[1] - bounds[0];
  const next = Math.min(full, Math.max(minSpan, span / factor));
  const share = span > 0 ? (at - window[0]) / span : 0.5;
  let start = at - share * next;
  start = Math.min(bounds[1] - next, Math.max(bounds[0], start));
  return [start, start + next];
}

/** Moves the window by `dt` milliseconds, kept inside `bounds`. */
export function panWindow(window: TimeWindow, dt: number, bounds: TimeWindow): TimeWindow {
  const span = window[1] - window[0];
  const start = Math.min(bounds[1] - span, Math.max(bounds[0], window[0] + dt));
  return [start, start + span];
}

/**
 * The stretch of `span` inside `window` that holds the most of `times` (sorted): where zooming
 * in should go when no event is chosen. Ties go to the stretch nearest the window's middle.
 * With no time inside the window, the stretch centred on the time nearest its middle.
 */
export function densestWindow(times: readonly number[], window: TimeWindow, span: number): TimeWindow {
  const middle = (window[0] + window[1]) / 2;
  const inside = times.filter((t) => t >= window[0] && t <= window[1]);
  if (inside.length === 0) {
    if (times.length === 0) return [middle - span / 2, middle + span / 2];
    const nearest = times.reduce((best, t) => (Math.abs(t - middle) < Math.abs(best - middle) ? t : best));
    return [nearest - span / 2, nearest + span / 2];
  }
  let best: TimeWindow = [inside[0], inside[0] + span];
  let bestCount = -1;
  let bestDistance = Infinity;
  let j = 0;
  for (let i = 0; i < inside.length; i += 1) {
    while (j < inside.length && inside[j] <= inside[i] + span) j += 1;
    const count = j - i;
    // Centre the stretch on the events it holds, inside the window.
    const centre = (inside[i] + inside[j - 1]) / 2;
    const start = Math.min(window[1] - span, Math.max(window[0], centre - span / 2));
    const distance = Math.abs(start + span / 2 - middle);
    if (count > bestCount || (count === bestCount && distance < bestDistance)) {
      best = [start, start + span];
      bestCount = count;
      bestDistance = distance;
    }
  }
  return best;
}

/** Whether time `t` is inside the window. */
export function inWindow(t: number, window: TimeWindow): boolean {
  return t >= window[0] && t <= window[1];
}

/** Time windows: the extent of some events, and a window centred on one event. */
import { DAY } from '../dates/calendarDate.ts';
import type { TimelineEvent, TimeWindow } from './types.ts';


/** From the earliest start to the latest start or end, padded by `pad` of its length on each side. */
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
 * A window centred on the event with `id`, wide enough to show its neighbours on both sides
 * (at least `minDays` each way). `events` must be in date order.
 */
export function windowAround(events: readonly TimelineEvent[], id: string, minDays = 45): TimeWindow {
  const i = events.findIndex((e) => e.id === id);
  if (i === -1) throw new Error(`windowAround: no event "${id}"`);
  const t = events[i].start;
  const before = i > 0 ? t - events[i - 1].start : 0;
  const after = i < events.length - 1 ? events[i + 1].start - t : 0;
  const half = Math.max(before, after, minDays * DAY) * 1.25;
  return [t - half, t + half];
}

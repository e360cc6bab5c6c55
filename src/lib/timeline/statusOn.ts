/**
 * What was known on a date: an event's status as it stood that day, from its dated history
 * (the last step on or before the date), and whether the event had happened yet. Also reads the
 * `?asof=` date from a URL, and finds the step that confirmed a claim. Pure; shared by the
 * server and the browser.
 */
import { isCalendarDate } from '../dates/calendarDate.ts';

export type HistoryStatus = 'confirmed' | 'official' | 'claimed';

/** One step of a status history, as the event schema writes it (dates as ISO calendar dates). */
export interface StatusStep<A = unknown> {
  date: string;
  status: HistoryStatus;
  /** Whose word or act, unless confirmed. */
  attribution?: A;
  /** The event on the timeline that moved the status. */
  event?: string;
}

export interface HistoryFacts<A = unknown> {
  /** The event's own date (ISO). */
  date: string;
  /** Its status today, and whose it is. */
  status: HistoryStatus;
  attribution?: A;
  /** Oldest first; the last step's status is `status`. */
  history?: readonly StatusStep<A>[];
}

export interface StatusOnDate<A = unknown> {
  /** False when the event is after the date: nothing was known of it yet. */
  known: boolean;
  status: HistoryStatus;
  attribution?: A;
  /** The step in force on the date, when the event has a history. */
  step?: StatusStep<A>;
}

/**
 * The event's status on `asOf` (ISO): the last history step dated on or before it; with no
 * history, or before its first step, the event's first known status (its first step's, or its
 * own). An event dated after `asOf` is not known yet (its status is then its first one).
 */
export function statusOn<A>(event: HistoryFacts<A>, asOf: string): StatusOnDate<A> {
  const history = event.history ?? [];
  const known = event.date <= asOf;
  let step: StatusStep<A> | undefined;
  for (const s of history) if (s.date <= asOf) step = s;
  step ??= history[0];
  if (!step) return { known, status: event.status, attribution: event.attribution };
  return { known, status: step.status, attribution: step.attribution, step };
}

/** The step at which the event became confirmed (the first confirmed step after another status), if any. */
export function confirmingStep<A>(event: HistoryFacts<A>): StatusStep<A> | undefined {
  const history = event.history ?? [];
  const at = history.findIndex((s, i) => s.status === 'confirmed' && i > 0 && history[i - 1].status !== 'confirmed');
  return at === -1 ? undefined : history[at];
}

/**
 * The `asof` date of a query string (`?asof=2024-11-09`), when it is a real calendar date
 * within [min, max]; anything else is ignored (undefined).
 */
export function asOfFromSearch(search: string, min?: string, max?: string): string | undefined {
  const value = new URLSearchParams(search).get('asof');
  if (!value || !isCalendarDate(value)) return undefined;
  if ((min && value < min) || (max && value > max)) return undefined;
  return value;
}

/**
 * Calendar dates, the one module that reads and writes them: ISO strings (`2024-06-19`) as
 * content writes them, their parts, and UTC milliseconds at midnight as the timeline uses them.
 * Every date is a UTC calendar day: nothing here depends on the machine's time zone or clock.
 * Shared by the server and the browser.
 */

/** One day in milliseconds. */
export const DAY = 86_400_000;

export interface DateParts {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of `2024-06-19`, or undefined if it is not written `YYYY-MM-DD` or is not a real day. */
function partsOf(value: string): DateParts | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** True for `2024-02-29`, false for `2023-02-29`, `2024-13-01` or `2024-6-1`. */
export function isCalendarDate(value: string): boolean {
  return partsOf(value) !== undefined;
}

/** Splits an ISO calendar date into numbers; throws on anything else. */
export function parseIsoDate(iso: string): DateParts {
  const parts = partsOf(iso);
  if (!parts) throw new Error(`not an ISO calendar date: "${iso}"`);
  return parts;
}

/** The ISO calendar date as UTC milliseconds at midnight. */
export function isoToTime(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  return Date.UTC(year, month - 1, day);
}

/** The ISO calendar date as a Date at UTC midnight (for feeds and other APIs that take a Date). */
export function isoToDate(iso: string): Date {
  return new Date(isoToTime(iso));
}

/** The UTC calendar day of a time in milliseconds, as `YYYY-MM-DD`. */
export function timeToIso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The later of two ISO dates (ISO strings compare as dates). */
export function laterIso(a: string, b: string): string {
  return a >= b ? a : b;
}

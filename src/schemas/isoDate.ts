/** Schema for an ISO calendar date written "YYYY-MM-DD" (a real day of the Gregorian calendar). */
import { z } from 'astro/zod';

/** True for `2024-02-29`, false for `2023-02-29`, `2024-13-01` or `2024-6-1`. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * A calendar date as a string `YYYY-MM-DD`. YAML parsers that turn unquoted dates into Date
 * objects are accepted too and turned back into the string; anything else fails with the
 * value it got.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: (issue) => (issue.input === undefined ? 'missing date' : 'must be a date written "YYYY-MM-DD"') })
    .refine(isCalendarDate, { error: (issue) => `not a calendar date: "${String(issue.input)}" (write "YYYY-MM-DD")` }),
);

/** Schema for an ISO calendar date written "YYYY-MM-DD" (a real day of the Gregorian calendar). */
import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/dates/calendarDate.ts';

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

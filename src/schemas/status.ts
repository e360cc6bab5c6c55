/** The closed list of statuses an event, or a step of its history, can have. */
import { oneOf } from './oneOf.ts';

/**
 * How sure the record is:
 * `confirmed` on record from both parties, an official act, vote or treaty text, or the
 * historical record; `official` an act or statement of one state; `claimed` asserted by one
 * side or a third party and not confirmed by the parties.
 */
export const STATUSES = ['confirmed', 'official', 'claimed'] as const;
export type Status = (typeof STATUSES)[number];

/** One of STATUSES; a missing or unknown value fails with the list. */
export const statusSchema = oneOf(STATUSES, 'status');

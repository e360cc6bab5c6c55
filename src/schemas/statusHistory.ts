/**
 * Schema for an event's status history: how its status changed, oldest step first (a claim by
 * one side, then one government's word, then both). What one file can tell is checked here:
 * steps never go back in time, a step that is not `confirmed` says whose word it is, a step names
 * what moved it (`event` or `sources`, not both). That the last step matches the event's status
 * and that no step comes before the event are checked with the event (event.ts); that a step's
 * event exists and has the step's date, across files (src/content-check/checkHistory.ts).
 */
import { z } from 'astro/zod';
import { isoDate } from './isoDate.ts';
import { sourceSchema } from './source.ts';
import { statusSchema } from './status.ts';
import { localized, slug } from './text.ts';

export const statusStepSchema = z
  .strictObject({
    /** The day the status changed: ISO calendar date. */
    date: isoDate,
    /** The status from that day on: confirmed | official | claimed. */
    status: statusSchema,
    /** Whose word (claimed) or whose act (official) it was from that day, in each language; required unless `confirmed`. */
    attribution: localized().optional(),
    /** Id of the event on the timeline that moved the status (its date is the step's date); may be the event itself for the first step. */
    event: slug.optional(),
    /** The sources of the step, instead of `event`, when no event on the timeline records it. */
    sources: z.array(sourceSchema, { error: 'sources must be a list' }).min(1, { error: 'needs at least one source' }).optional(),
    /** What exactly this step claimed or confirmed, in each language (e.g. that the figure stays one side’s). */
    note: localized().optional(),
  })
  .superRefine((step, ctx) => {
    if (step.status !== 'confirmed' && step.attribution === undefined) {
      ctx.addIssue({ code: 'custom', path: ['attribution'], message: `${step.status === 'official' ? 'an' : 'a'} ${step.status} step must say whose it is (attribution.es, attribution.en)` });
    }
    if (step.event === undefined && step.sources === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'a step names what moved the status: the event (event) or, when no event records it, its sources (sources)' });
    }
    if (step.event !== undefined && step.sources !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: `a step names either an event or sources, not both (it names the event "${step.event}")` });
    }
  });

export type StatusStep = z.output<typeof statusStepSchema>;

/** The steps, oldest first: at least one; a step's date is never before the previous step's. */
export const statusHistorySchema = z
  .array(statusStepSchema, { error: 'history must be a list of steps (date, status, attribution, event or sources)' })
  .min(1, { error: 'history needs at least one step (leave it out if the status never changed)' })
  .superRefine((steps, ctx) => {
    steps.forEach((step, i) => {
      const before = steps[i - 1];
      if (before && step.date < before.date) {
        ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `goes back in time: ${step.date} is before the previous step (${before.date}); steps run oldest first` });
      }
    });
  });

/** Where a history disagrees with its event: its last step is not the event's status, or a step comes before the event. */
export function historyIssues(event: { date: string; status: string; history?: readonly StatusStep[] }): { path: (string | number)[]; message: string }[] {
  const steps = event.history;
  if (!steps || steps.length === 0) return [];
  const issues: { path: (string | number)[]; message: string }[] = [];
  const last = steps.length - 1;
  if (steps[last].status !== event.status) {
    issues.push({ path: ['history', last, 'status'], message: `the last step's status (${steps[last].status}) must equal the event's status (${event.status})` });
  }
  if (steps[0].date < event.date) {
    issues.push({ path: ['history', 0, 'date'], message: `the first step (${steps[0].date}) comes before the event itself (${event.date})` });
  }
  return issues;
}

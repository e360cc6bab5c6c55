/** Status histories across files: the event a step names exists, and its date is the step's date. */
import type { CheckedEvent } from './contentTypes.ts';
import type { Problem } from './problem.ts';
import type { References } from './references.ts';

export function checkHistory(events: readonly CheckedEvent[], refs: References): Problem[] {
  const problems: Problem[] = [];
  const dates = new Map(events.map((e) => [e.id, e.date]));
  for (const event of events) {
    event.history?.forEach((step, i) => {
      if (step.event === undefined) return;
      const site = { file: event.file, field: `history.${i}.event` };
      const problem = refs.check('event', step.event, site, `no event has the id "${step.event}"`);
      if (problem) return problems.push(problem);
      const date = dates.get(step.event);
      // An invalid event has no date to compare: its own problem is the root cause.
      if (date !== undefined && date !== step.date) {
        problems.push({ file: event.file, field: `history.${i}.date`, message: `${step.date} is not the date of "${step.event}" (${date}), the event that moved the status` });
      }
    });
  }
  return problems;
}

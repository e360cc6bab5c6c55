/** The eras' own rules: ids unique; each era opens and closes at events that exist, in that order. */
import type { EraData } from '../schemas/era.ts';
import type { CheckedEvent } from './contentTypes.ts';
import type { Problem } from './problem.ts';
import type { References } from './references.ts';

export function checkEras(file: string, eras: readonly EraData[], events: readonly CheckedEvent[], refs: References): Problem[] {
  const problems: Problem[] = [];
  const dates = new Map(events.map((e) => [e.id, e.date]));
  const seen = new Set<string>();
  eras.forEach((era, i) => {
    if (seen.has(era.id)) problems.push({ file, field: `${i}.id`, message: `duplicate era id "${era.id}"` });
    seen.add(era.id);
    for (const key of ['from', 'to'] as const) {
      const id = era[key];
      if (id === undefined) continue;
      const problem = refs.check('event', id, { file, field: `${i}.${key}` }, `no event has the id "${id}"`);
      if (problem) problems.push(problem);
    }
    const from = dates.get(era.from);
    const to = era.to === undefined ? undefined : dates.get(era.to);
    if (from && to && to <= from) problems.push({ file, field: `${i}.to`, message: `era ends (${to}) before it starts (${from})` });
  });
  return problems;
}

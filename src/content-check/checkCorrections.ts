/** The corrections log's own rules: ids unique; every event and article it names exists. */
import type { CorrectionData } from '../schemas/correction.ts';
import type { Problem } from './problem.ts';
import type { References } from './references.ts';

export function checkCorrections(file: string, corrections: readonly { index: number; data: CorrectionData }[], refs: References): Problem[] {
  const problems: Problem[] = [];
  const push = (problem: Problem | undefined) => problem && problems.push(problem);
  const seen = new Map<string, number>();
  for (const { index, data } of corrections) {
    const first = seen.get(data.id);
    if (first !== undefined) problems.push({ file, field: `${index}.id`, message: `duplicate correction id "${data.id}" (also entry ${first})` });
    else seen.set(data.id, index);
    data.events.forEach((id, j) => push(refs.check('event', id, { file, field: `${index}.events.${j}` }, `no event has the id "${id}"`)));
    data.articles.forEach((key, j) => push(refs.check('article', key, { file, field: `${index}.articles.${j}` }, `no article has the key "${key}"`)));
  }
  return problems;
}

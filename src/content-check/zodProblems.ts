/** Turns a zod error into content problems that name the file and the field. */
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

export function zodProblems(file: string, error: z.ZodError): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const at = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ file, field: [...at, key].join('.'), message: 'unknown field (check its spelling)' });
      }
      continue;
    }
    problems.push({ file, field: at.length ? at.join('.') : '(file)', message: issue.message });
  }
  return problems;
}

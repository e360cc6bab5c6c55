/** A zod enum whose errors name what was expected: `unknown status "rumoured" (one of: confirmed, official, claimed)`. */
import { z } from 'astro/zod';

export function oneOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `missing ${what} (one of: ${values.join(', ')})`
        : `unknown ${what} "${String(issue.input)}" (one of: ${values.join(', ')})`,
  });
}

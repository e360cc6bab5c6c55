/** Schema for a reference to an article of the 2024 treaty: its number, 1 to 23. */
import { z } from 'astro/zod';

/** The 2024 treaty has 23 articles. */
export const TREATY_ARTICLE_COUNT = 23;

/** A whole number from 1 to TREATY_ARTICLE_COUNT; anything else fails with the value. */
export const treatyArticleNumber = z
  .number({ error: (issue) => `a treaty article is a number from 1 to ${TREATY_ARTICLE_COUNT}, not ${JSON.stringify(issue.input)}` })
  .refine((n) => Number.isInteger(n) && n >= 1 && n <= TREATY_ARTICLE_COUNT, {
    error: (issue) => `the treaty has articles 1 to ${TREATY_ARTICLE_COUNT}, not ${String(issue.input)}`,
  });

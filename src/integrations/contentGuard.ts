/** Astro integration: checks all content before the build and fails it with every problem named. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../content-check/checkContent.ts';
import { contentDir } from '../content-check/contentDir.ts';
import { formatProblems } from '../content-check/problem.ts';
import { readContent } from '../content-check/readContent.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        // Unit tests load Astro's config too; they check content in their own tests.
        if (process.env.VITEST) return;
        const root = fileURLToPath(config.root);
        const input = await readContent(contentDir(root), root);
        const { problems, events, articles } = checkContent(input);
        if (problems.length > 0) throw new Error(formatProblems(problems));
        logger.info(`content ok: ${events.length} events, ${articles.length} articles`);
      },
    },
  };
}

/** Astro integration: checks all content before the build and fails it with every problem named, once each. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../content-check/checkContent.ts';
import { contentRoot } from '../content-check/contentFiles.ts';
import { formatProblems } from '../content-check/problem.ts';
import { readContent } from '../content-check/readContent.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const input = await readContent(path.resolve(root, contentRoot()), root);
        const { problems, events, articles, corrections } = checkContent(input);
        if (problems.length > 0) throw new Error(formatProblems(problems));
        logger.info(`content ok: ${events.length} events, ${articles.length} articles, ${corrections.length} corrections`);
      },
    },
  };
}

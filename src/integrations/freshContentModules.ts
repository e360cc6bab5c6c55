/**
 * Astro integration: every build writes its content-module index afresh. Astro keeps
 * `.astro/content-modules.mjs` (and `content-assets.mjs`) in the project and rewrites them only
 * when its content cache changed; a build of other content (CONTENT_DIR: test fixtures, the
 * synthetic load test) leaves them pointing at that content's files, and the next build of the
 * site's own content, whose cache did not change, then fails to resolve them. Removing both
 * files before each build makes Astro write them from the content it is building. Builds of other
 * content also keep a cache of their own (`cacheDir`, astro.config.mjs), so the site's stays warm.
 */
import { rm } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

const INDEXES = ['content-modules.mjs', 'content-assets.mjs'];

export function freshContentModules(): AstroIntegration {
  return {
    name: 'fresh-content-modules',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        if (command !== 'build') return;
        const dotAstro = new URL('.astro/', config.root);
        await Promise.all(INDEXES.map((name) => rm(new URL(name, dotAstro), { force: true })));
      },
    },
  };
}

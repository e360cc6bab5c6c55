// @ts-check
import { createHash } from 'node:crypto';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { deployTarget } from './src/lib/site/deployTarget.ts';
import { cname } from './src/integrations/cname.ts';
import { contentGuard } from './src/integrations/contentGuard.ts';
import { freshContentModules } from './src/integrations/freshContentModules.ts';
import { siteFonts } from './src/integrations/siteFonts.ts';
import { sitemapAlternates } from './src/integrations/sitemapAlternates.ts';

/**
 * The content cache of a build of another content folder, named after the folder.
 * @param {string} dir
 */
function otherContentCache(dir) {
  return `./node_modules/.astro/other-content/${createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12)}/`;
}

// SITE_URL and BASE_PATH say where the site is published (see README); unset, a local preview.
const { site, base } = deployTarget(process.env);
const alternates = sitemapAlternates();

export default defineConfig({
  site,
  base,
  // A build of other content (CONTENT_DIR: fixtures, load tests) keeps a content cache of its own,
  // one per folder: Astro's cache keys entries by id, so a shared one would hand one content's
  // file paths to another (see src/integrations/freshContentModules.ts).
  ...(process.env.CONTENT_DIR && { cacheDir: otherContentCache(process.env.CONTENT_DIR) }),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No code blocks here, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy on every page: Astro hashes the scripts and styles it emits.
  // Search needs WebAssembly ('wasm-unsafe-eval'); nothing may load from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    build: {
      rollupOptions: {
        // Astro marks MDX modules with the directive "use astro:head-inject"; the bundler (rolldown)
        // warns that a module-level directive "may not be preserved", once per article. Astro reads
        // the marker before bundling, so nothing is lost: a known, harmless warning
        // (withastro/astro#18087). Only that one is silenced; every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    freshContentModules(),
    contentGuard(),
    // Subsets the two faces to the characters the site uses (src/fonts/generated/), before Vite reads the CSS.
    siteFonts(),
    mdx(),
    alternates.integration,
    // Every page but the 404 and the embeds (noindex: their full pages are listed), each with its language alternates.
    cname(),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') && !/\/(es|en)\/embed\//.test(page), serialize: alternates.serialize }),
  ],
});

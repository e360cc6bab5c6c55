/** Where the tests build and serve the site: under a non-root base, as on GitHub Pages; and how they read what was built. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const BASE_PATH = '/rusia-corea-del-norte/';
export const SITE_URL = 'https://example.github.io';
/** The published site's root URL, as absolute URLs in the test build spell it. */
export const SITE_ROOT = `${SITE_URL}${BASE_PATH}`;
export const OUT_DIR = 'dist-test';
export const PORT = Number(process.env.TEST_PORT ?? 4399);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
/** The served site's root: every page lives below it. */
export const ROOT_URL = `${ORIGIN}${BASE_PATH}`;

function requireBuild(outDir: string): void {
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`No test build in ${outDir}/: run \`node tests/support/buildForTests.ts\` first (npm run test:build does).`);
  }
}

/** Every built page as a path below the base (`es/`, `en/timeline/`, `404.html`), sorted. */
export function builtPages(outDir = OUT_DIR): string[] {
  requireBuild(outDir);
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = path.relative(outDir, full).split(path.sep).join('/');
        pages.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

/** The file a page path names (`es/` → `dist-test/es/index.html`). */
export function pageFile(page: string, outDir = OUT_DIR): string {
  return path.join(outDir, page.endsWith('.html') ? page : `${page}index.html`);
}

/** A built page's HTML. */
export function readPage(page: string, outDir = OUT_DIR): string {
  return readFileSync(pageFile(page, outDir), 'utf8');
}

/**
 * Lighthouse (mobile settings) on one page of each type: home, article, explorer, event, treaty, method, corrections, data, search, embed,
 * in Debian's Chromium, against the built site served locally. Writes the scores to
 * lighthouse-scores.json, prints a table, and exits 1 under the targets: performance ≥ 95;
 * accessibility, best practices and SEO 100 (SEO aside on an embed, noindex on purpose). Usage: npm run build && npm run lighthouse
 * (LIGHTHOUSE_PORT picks the local port, 4420 by default)
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4420);
const PAGES = ['es/', 'es/articulos/el-tratado/', 'es/cronologia/', 'es/cronologia/treaty-signed/', 'es/tratado/', 'es/fuentes-y-metodo/', 'es/correcciones/', 'es/datos/', 'es/buscar/', 'es/embed/ratification/'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

const server = spawn(process.execPath, ['tests/support/pagesServer.ts', 'dist', '/', String(PORT)], { stdio: 'ignore' });
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const scores: Record<string, Record<string, number>> = {};
/** Cumulative layout shift per page (the target is 0). */
const shifts: Record<string, number> = {};
let failed = false;
try {
  await new Promise((r) => setTimeout(r, 500));
  for (const page of PAGES) {
    const result = await lighthouse(`http://localhost:${PORT}/${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGETS),
    });
    const categories = result!.lhr.categories;
    scores[page] = Object.fromEntries(Object.keys(TARGETS).map((key) => [key, Math.round((categories[key].score ?? 0) * 100)]));
    shifts[page] = result!.lhr.audits['cumulative-layout-shift'].numericValue ?? 0;
    // An embed is noindex on purpose (its full page is the one to index): its SEO score is not a target.
    for (const [key, target] of Object.entries(TARGETS)) if (scores[page][key] < target && !(key === 'seo' && page.includes('/embed/'))) failed = true;
    const lost = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
    if (lost.length) console.log(`${page}: audits not passed: ${lost.join(', ')}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
await writeFile('lighthouse-scores.json', `${JSON.stringify(Object.fromEntries(Object.entries(scores).map(([p, s]) => [p, { ...s, cls: shifts[p] }])), null, 2)}\n`);
console.log('| page | performance | accessibility | best practices | SEO | layout shift |\n|---|---|---|---|---|---|');
for (const [page, s] of Object.entries(scores)) console.log(`| /${page} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${shifts[page].toFixed(3)} |`);
if (failed) {
  console.log(`\nBelow target (performance ${TARGETS.performance}, the others 100).`);
  process.exitCode = 1;
}

/**
 * Benchmark: in Chromium, on an explorer built from 2,000 synthetic events, the script work of
 * one zoom step (layout and DOM updates of <mp-timeline>), median of many steps.
 * Budget (issue: the timeline): under 8 ms. Usage: npm run bench:zoom (TEST_PORT picks the port, 4410 by default)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { astro } from '../tests/support/astroBin.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const EVENTS = Number(process.argv[2] ?? 2000);
const STEPS = 40;
const BUDGET_MS = 8;
const PORT = Number(process.env.TEST_PORT ?? 4410);
const content = '.bench/content';
const out = '.bench/dist';

// BENCH_BUILD=reuse measures the last build again (to see how much the machine's load moves the numbers).
if (process.env.BENCH_BUILD !== 'reuse' || !existsSync(`${out}/index.html`)) {
  await writeSyntheticContent(content, EVENTS, 1);
  const build = astro(['build', '--outDir', out], { ...process.env, CONTENT_DIR: content });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['tests/support/pagesServer.ts', out, '/', String(PORT)], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await page.goto(`http://127.0.0.1:${PORT}/es/cronologia/`);
  await page.locator('mp-timeline.is-enhanced').waitFor();
  await page.locator('mp-timeline svg.tl-svg a[tabindex="0"]').focus();
  const markers = await page.locator('mp-timeline a.tl-ev').count();
  await page.evaluate(() => performance.clearMeasures('mp-timeline:render'));
  for (let i = 0; i < STEPS; i += 1) {
    // In, in, in, out, out, out…: each key press is one zoom step (no transition under reduced motion).
    await page.keyboard.press(Math.floor(i / 3) % 2 === 0 ? '+' : '-');
    await page.waitForTimeout(30);
  }
  const times = await page.evaluate(() => performance.getEntriesByName('mp-timeline:render').map((e) => e.duration));
  await browser.close();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `zoom step with ${markers} events in Chromium: median ${median.toFixed(2)} ms, p90 ${times[Math.floor(times.length * 0.9)].toFixed(2)} ms over ${times.length} redraws (budget ${BUDGET_MS} ms)`,
  );
  if (median > BUDGET_MS) process.exitCode = 1;
} finally {
  server.kill();
}

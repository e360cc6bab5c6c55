/**
 * Load test: builds the site from a synthetic content set (2,000 events, 100 articles per
 * language; generated, never committed) and reports the build time and the explorer's weight.
 * Usage: npm run synthetic [-- <events> <article pairs>]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { astro, pagefind } from '../tests/support/astroBin.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const events = Number(process.argv[2] ?? 2000);
const articles = Number(process.argv[3] ?? 100);
const content = path.resolve('.bench/synthetic');
const out = path.resolve('.bench/synthetic-dist');

await writeSyntheticContent(content, events, articles);
const t0 = performance.now();
const build = astro(['build', '--outDir', out], { ...process.env, CONTENT_DIR: content, SHARE_IMAGE_CACHE: 'off' });
if (build.status !== 0) process.exit(build.status ?? 1);
const t1 = performance.now();
if (pagefind(out).status !== 0) process.exit(1);
const t2 = performance.now();

const html = readFileSync(path.join(out, 'es/cronologia/index.html'));
const pages = spawnSync('find', [out, '-name', 'index.html'], { encoding: 'utf8' }).stdout.trim().split('\n').length;
console.log(`\nSynthetic content: ${events} events, ${articles} articles per language → ${pages} pages`);
console.log(`astro build: ${((t1 - t0) / 1000).toFixed(1)} s; search index: ${((t2 - t1) / 1000).toFixed(1)} s; total ${((t2 - t0) / 1000).toFixed(1)} s`);
console.log(`explorer HTML: ${(html.length / 1024).toFixed(0)} KB, ${(gzipSync(html, { level: 9 }).length / 1024).toFixed(0)} KB gzip\n`);
spawnSync(process.execPath, ['scripts/budget.ts', out], { stdio: 'inherit' });
process.exitCode = 0;

/**
 * Performance budgets, per page type, in gzip bytes: HTML, CSS, JS, fonts and total (images
 * aside). Prints a table and exits 1 when a page is over budget.
 * Budgets: no JavaScript on pages without a timeline (the search page aside; the treaty page's
 * copy-link buttons and share bar at most 3 KB; the data page and an event's embed at most 2 KB,
 * for their copy button and height messages); at most 30 KB of JavaScript on a page with a
 * timeline (an embedded view too); an article at most 100 KB in all, fonts included; an event's
 * embed at most 15 KB of HTML and CSS; /embed.js, the host pages' script, at most 1 KB; fonts only
 * as woff2, at most two files and 60 KB on an article. Fonts are what a page's first view loads:
 * the files it preloads and the ones its stylesheets' @font-face rules name (woff2 is compressed
 * already, so fonts count at their size on disk).
 * Usage: npm run budget [-- <dist dir>]   (run after npm run build)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { groupByType } from '../src/lib/site/pageType.ts';

const KB = 1024;
const dist = path.resolve(process.argv[2] ?? 'dist');
const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

interface Weight {
  page: string;
  html: number;
  css: number;
  js: number;
  fonts: number;
  fontFiles: string[];
  timeline: boolean;
}

function pages(dir = dist, prefix = ''): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found.push(...pages(full, `${prefix}${name}/`));
    else if (name === 'index.html') found.push(prefix);
  }
  return found;
}

/** The file a root-relative URL names, below dist (the base path is whatever precedes `_astro/`). */
function fileOf(url: string): string | undefined {
  const at = url.indexOf('/_astro/');
  return at === -1 ? undefined : path.join(dist, url.slice(at + 1));
}

/** A JS file and every module it imports statically, once each. */
function jsClosure(file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) jsClosure(path.join(path.dirname(file), spec), seen);
}

function weigh(page: string): Weight {
  const html = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => fileOf(m[1])).filter((f): f is string => !!f);
  const scripts = new Set<string>();
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
    const file = fileOf(src);
    if (file) jsClosure(file, scripts);
  }
  const fontUrls = new Set<string>();
  for (const [, u] of html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)) fontUrls.add(u);
  for (const file of css) for (const [, u] of readFileSync(file, 'utf8').matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)/g)) fontUrls.add(u);
  const fontFiles = [...fontUrls];
  const fonts = [...new Set(fontFiles.map((u) => fileOf(u)).filter((f): f is string => !!f && existsSync(f)))];
  return {
    page,
    html: gz(html),
    css: css.reduce((n, f) => n + gz(readFileSync(f)), 0),
    js: [...scripts].reduce((n, f) => n + gz(readFileSync(f)), 0) + [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gz(m[1]), 0),
    fonts: fonts.reduce((n, f) => n + statSync(f).size, 0),
    fontFiles,
    timeline: html.includes('<mp-timeline'),
  };
}

const all = pages();
const rows: string[] = [];
const failures: string[] = [];
const kb = (n: number) => (n / KB).toFixed(1);
rows.push('| page type | pages | heaviest page | HTML | CSS | JS | fonts (files) | total | budget |', '|---|---|---|---|---|---|---|---|---|');
const groups = groupByType(all);
for (const type of ['home', 'article', 'explorer', 'event', 'treaty', 'method', 'search']) {
  if (!groups.has(type)) failures.push(`${type}: no page of this type in ${dist}`);
}
/** Embeds of a view (a timeline) and of an event are weighed apart. */
const weighed: [string, Weight[]][] = [...groups].flatMap(([type, paths]): [string, Weight[]][] => {
  if (type === 'root') return [];
  const weights = paths.map(weigh);
  if (type !== 'embed') return [[type, weights]];
  return [
    ['embed (view)', weights.filter((w) => w.timeline)],
    ['embed (event)', weights.filter((w) => !w.timeline)],
  ];
});
if (!groups.has('embed')) failures.push(`embeds: no embed page in ${dist}`);
for (const [type, weights] of weighed) {
  if (weights.length === 0) {
    failures.push(`${type}: no page of this type in ${dist}`);
    continue;
  }
  const total = (w: Weight) => w.html + w.css + w.js + w.fonts;
  const worst = weights.reduce((a, b) => (total(b) > total(a) ? b : a));
  const budgets: string[] = [];
  for (const w of weights) {
    if (w.fontFiles.some((f) => !f.endsWith('.woff2'))) failures.push(`${w.page}: fonts must be woff2 (${w.fontFiles.join(', ')})`);
    const jsAllowed = type === 'treaty' ? 3 * KB : type === 'data' || type === 'embed (event)' ? 2 * KB : 0;
    if (!w.timeline && type !== 'search' && w.js > jsAllowed) failures.push(`${w.page}: ${kb(w.js)} KB of JavaScript on a page without a timeline (budget ${kb(jsAllowed)} KB)`);
    if (w.timeline && w.js > 30 * KB) failures.push(`${w.page}: ${kb(w.js)} KB of JavaScript (budget 30 KB)`);
    if (type === 'article' && total(w) > 100 * KB) failures.push(`${w.page}: ${kb(total(w))} KB in all (budget 100 KB)`);
    if (type === 'embed (event)' && w.html + w.css > 15 * KB) failures.push(`${w.page}: ${kb(w.html + w.css)} KB of HTML and CSS (budget 15 KB)`);
    if (type === 'article' && w.fontFiles.length > 2) failures.push(`${w.page}: ${w.fontFiles.length} font files (budget 2)`);
    if (type === 'article' && w.fonts > 60 * KB) failures.push(`${w.page}: ${kb(w.fonts)} KB of fonts (budget 60 KB)`);
  }
  budgets.push(type === 'search' ? 'JS: search aside' : worst.timeline ? 'JS ≤ 30 KB' : type === 'treaty' ? 'JS ≤ 3 KB' : type === 'data' || type === 'embed (event)' ? 'JS ≤ 2 KB' : 'JS = 0');
  if (type === 'article') budgets.push('total ≤ 100 KB', 'fonts ≤ 2 files, ≤ 60 KB');
  if (type === 'embed (event)') budgets.push('HTML + CSS ≤ 15 KB');
  rows.push(`| ${type} | ${weights.length} | /${worst.page} | ${kb(worst.html)} | ${kb(worst.css)} | ${kb(worst.js)} | ${kb(worst.fonts)} (${worst.fontFiles.length}) | ${kb(total(worst))} | ${budgets.join(', ')} |`);
}
const hostScript = path.join(dist, 'embed.js');
if (!existsSync(hostScript)) failures.push(`embed.js: not in ${dist}`);
else {
  const size = gz(readFileSync(hostScript));
  rows.push(`| embed.js (host script) | 1 | /embed.js | | | ${kb(size)} | | ${kb(size)} | JS ≤ 1 KB |`);
  if (size > KB) failures.push(`embed.js: ${kb(size)} KB (budget 1 KB)`);
}
console.log(`Page weight in KB, gzip, images aside (${dist}):\n`);
console.log(rows.join('\n'));
if (failures.length) {
  console.log(`\nOver budget:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exitCode = 1;
} else console.log('\nEvery page is within budget.');

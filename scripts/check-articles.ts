/**
 * Checks every article against the rules editors rely on, and prints a table: words (700–1,400),
 * the longest run shared with the source report (under 8 words), dates typed into the prose
 * instead of <EventRef>, unknown event ids, the embedded timeline.
 * Usage: node scripts/check-articles.ts [file …]   (exit code 1 if any article fails)
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { longestSharedRun } from '../src/lib/article/originality.ts';
import { countWords, eventRefIds, mdxBody, proseText, typedDates, withoutReportQuotes } from '../src/lib/article/mdxText.ts';

export const WORDS = { min: 700, max: 1400 } as const;
export const MAX_SHARED_RUN = 7;
export const REPORT = path.resolve(import.meta.dirname, '../../shared/sources/source-report.es.txt');

export interface ArticleReport {
  file: string;
  words: number;
  shared: { length: number; words: string };
  typedDates: string[];
  unknownIds: string[];
  timeline: boolean;
  sections: number;
  problems: string[];
}

export async function checkArticle(file: string, report: string, eventIds: Set<string>): Promise<ArticleReport> {
  const body = mdxBody(await readFile(file, 'utf8'));
  const prose = proseText(body);
  const words = countWords(prose);
  const shared = longestSharedRun(proseText(withoutReportQuotes(body)), report);
  const dates = typedDates(prose);
  const unknownIds = eventRefIds(body).filter((id) => !eventIds.has(id));
  const timeline = /<Timeline\b/.test(body);
  const sections = (body.match(/^## /gm) ?? []).length;
  const problems = [
    words < WORDS.min || words > WORDS.max ? `${words} words (needs ${WORDS.min}–${WORDS.max})` : '',
    shared.length > MAX_SHARED_RUN ? `shares ${shared.length} words in a row with the report: "${shared.words}"` : '',
    dates.length ? `dates typed into the prose (use <EventRef>): ${dates.join(', ')}` : '',
    unknownIds.length ? `unknown event ids: ${unknownIds.join(', ')}` : '',
    timeline ? '' : 'no <Timeline> embedded',
  ].filter(Boolean);
  return { file, words, shared, typedDates: dates, unknownIds, timeline, sections, problems };
}

export async function eventIdsIn(contentDir: string): Promise<Set<string>> {
  const dir = path.join(contentDir, 'events');
  const ids = new Set<string>();
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.yaml')) continue;
    ids.add((parse(await readFile(path.join(dir, name), 'utf8')) as { id: string }).id);
  }
  return ids;
}

async function articleFiles(contentDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const lang of ['es', 'en']) {
    const dir = path.join(contentDir, 'articles', lang);
    for (const name of (await readdir(dir)).sort()) if (name.endsWith('.mdx')) files.push(path.join(dir, name));
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '..');
  const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => path.resolve(f)) : await articleFiles(path.join(root, 'content'));
  const report = await readFile(REPORT, 'utf8');
  const ids = await eventIdsIn(path.join(root, 'content'));
  let failed = false;
  console.log('file | words | longest shared run | sections | problems');
  for (const file of files) {
    const r = await checkArticle(file, report, ids);
    failed ||= r.problems.length > 0;
    console.log(`${path.relative(root, file)} | ${r.words} | ${r.shared.length} ("${r.shared.words}") | ${r.sections} | ${r.problems.join('; ') || 'ok'}`);
  }
  if (failed) process.exitCode = 1;
}

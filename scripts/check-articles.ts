/**
 * Checks every article against the rules editors rely on, and prints a table: words (700–1,400),
 * runs of 8 words shared with the source report (none allowed outside <ReportQuote>; checked
 * against the report's fingerprints in tests/fixtures, so no copy of the report is needed), dates
 * typed into the prose instead of <EventRef>, unknown event ids, the embedded timeline.
 * With `--report FILE` (a copy of the report), it also prints the longest run shared with it.
 * Usage: node scripts/check-articles.ts [--report FILE] [file …]   (exit code 1 if any article fails)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content-check/checkContent.ts';
import { collectionFiles } from '../src/content-check/contentFiles.ts';
import { readContent } from '../src/content-check/readContent.ts';
import { longestSharedRun, sharedRuns } from '../src/lib/article/originality.ts';
import { countWords, eventRefIds, mdxBody, proseText, typedDates, withoutReportQuotes } from '../src/lib/article/mdxText.ts';

export const WORDS = { min: 700, max: 1400 } as const;
export const RUN = 8;
export const FINGERPRINTS = path.resolve(import.meta.dirname, '../tests/fixtures/report-8word-runs.txt');

export interface ArticleReport {
  file: string;
  words: number;
  /** Runs of 8 words found in the report's fingerprints. */
  sharedRuns: string[];
  /** The longest run shared with the report, when a copy was given. */
  longest?: { length: number; words: string };
  typedDates: string[];
  unknownIds: string[];
  timeline: boolean;
  sections: number;
  problems: string[];
}

export async function readFingerprints(file = FINGERPRINTS): Promise<Set<string>> {
  return new Set((await readFile(file, 'utf8')).split('\n').filter((l) => /^[0-9a-f]{16}$/.test(l)));
}

export async function checkArticle(file: string, prints: ReadonlySet<string>, eventIds: ReadonlySet<string>, report?: string): Promise<ArticleReport> {
  const body = mdxBody(await readFile(file, 'utf8'));
  const prose = proseText(body);
  const words = countWords(prose);
  const own = proseText(withoutReportQuotes(body));
  const runs = await sharedRuns(own, prints, RUN);
  const longest = report === undefined ? undefined : longestSharedRun(own, report);
  const dates = typedDates(prose);
  const unknownIds = eventRefIds(body).filter((id) => !eventIds.has(id));
  const timeline = /<Timeline\b/.test(body);
  const sections = (body.match(/^## /gm) ?? []).length;
  const problems = [
    words < WORDS.min || words > WORDS.max ? `${words} words (needs ${WORDS.min}–${WORDS.max})` : '',
    runs.length ? `shares ${runs.length} run(s) of ${RUN} words with the report: "${runs[0]}"` : '',
    dates.length ? `dates typed into the prose (use <EventRef>): ${dates.join(', ')}` : '',
    unknownIds.length ? `unknown event ids: ${unknownIds.join(', ')}` : '',
    timeline ? '' : 'no <Timeline> embedded',
  ].filter(Boolean);
  return { file, words, sharedRuns: runs, longest, typedDates: dates, unknownIds, timeline, sections, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '..');
  const { values, positionals } = parseArgs({ options: { report: { type: 'string' } }, allowPositionals: true });
  const content = path.join(root, 'content');
  const files = positionals.length ? positionals.map((f) => path.resolve(f)) : (await collectionFiles(content, 'articles')).map((f) => path.join(content, 'articles', f));
  const report = values.report ? await readFile(values.report, 'utf8') : undefined;
  const ids = new Set(checkContent(await readContent(content, root)).events.map((e) => e.id));
  const prints = await readFingerprints();
  let failed = false;
  console.log(`file | words | ${report ? 'longest shared run | ' : ''}sections | problems`);
  for (const file of files) {
    const r = await checkArticle(file, prints, ids, report);
    failed ||= r.problems.length > 0;
    const longest = r.longest ? `${r.longest.length} ("${r.longest.words}") | ` : '';
    console.log(`${path.relative(root, file)} | ${r.words} | ${longest}${r.sections} | ${r.problems.join('; ') || 'ok'}`);
  }
  if (failed) process.exitCode = 1;
}

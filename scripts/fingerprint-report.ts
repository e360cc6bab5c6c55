/**
 * Writes tests/fixtures/report-8word-runs.txt: a fingerprint (hash) of every run of 8 words of the
 * source report, so the originality test runs anywhere (CI included) without a copy of the report.
 * Usage: node scripts/fingerprint-report.ts   (reads ../shared/sources/source-report.es.txt)
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runFingerprints } from '../src/lib/article/originality.ts';
import { REPORT } from './check-articles.ts';

const out = path.resolve(import.meta.dirname, '../tests/fixtures/report-8word-runs.txt');
const prints = await runFingerprints(await readFile(REPORT, 'utf8'), 8);
await writeFile(out, `# SHA-256 (first 8 bytes) of each run of 8 normalised words of the source report. scripts/fingerprint-report.ts\n${prints.join('\n')}\n`);
console.log(`wrote ${prints.length} fingerprints to ${path.relative(process.cwd(), out)}`);

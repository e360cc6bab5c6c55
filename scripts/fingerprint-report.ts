/**
 * Writes tests/fixtures/report-8word-runs.txt: a fingerprint (hash) of every run of 8 words of the
 * source report, so the originality check runs anywhere (CI included) without a copy of the report.
 * Usage: node scripts/fingerprint-report.ts FILE   (FILE: a copy of the source report, plain text)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { runFingerprints } from '../src/lib/article/originality.ts';
import { FINGERPRINTS, RUN } from './check-articles.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/fingerprint-report.ts FILE (a copy of the source report)');
  process.exit(2);
}
const prints = await runFingerprints(await readFile(file, 'utf8'), RUN);
await writeFile(FINGERPRINTS, `# SHA-256 (first 8 bytes) of each run of ${RUN} normalised words of the source report. scripts/fingerprint-report.ts\n${prints.join('\n')}\n`);
console.log(`wrote ${prints.length} fingerprints to ${FINGERPRINTS}`);

/** The treaty page's own text (content/treaty.yaml and its UI strings), checked as an editor would: our own words, not the source report's. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sharedRuns } from '../../../src/lib/article/originality.ts';
import { UI } from '../../../src/i18n/ui.ts';

const FINGERPRINTS = path.resolve('tests/fixtures/report-8word-runs.txt');
const prints = new Set((await readFile(FINGERPRINTS, 'utf8')).split('\n').filter((l) => /^[0-9a-f]{16}$/.test(l)));
const treaty = parse(await readFile(path.resolve('content/treaty.yaml'), 'utf8')) as unknown;

/** Every Spanish text of the treaty file (the report is Spanish): the `es` of each localized field. */
function spanishTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => spanishTexts(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'es' && typeof v === 'string') out.push(v);
      else spanishTexts(v, out);
    }
  }
  return out;
}

describe('the treaty page’s text', () => {
  const texts = [...spanishTexts(treaty), ...Object.entries(UI.es).filter(([key]) => key.startsWith('treaty.')).map(([, text]) => text)];

  it('has Spanish texts to check, and the report’s fingerprints to check them against', () => {
    expect(texts.length).toBeGreaterThan(50);
    expect(prints.size).toBeGreaterThan(500);
  });

  it.each(texts.map((text) => [text.slice(0, 60), text]))('shares no run of 8 words with the source report: %s…', async (_start, text) => {
    expect(await sharedRuns(text, prints, 8)).toEqual([]);
  });
});

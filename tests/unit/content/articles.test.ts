/** The site's own articles, checked as an editor would: length, originality, dates from data, a timeline, sections. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { longestSharedRun, sharedRuns } from '../../../src/lib/article/originality.ts';
import { collectionFiles } from '../../../src/content-check/contentFiles.ts';
import { splitFrontmatter } from '../../../src/lib/article/frontmatter.ts';
import { countWords, eventRefIds, proseText, typedDates, withoutReportQuotes } from '../../../src/lib/article/mdxText.ts';
import { unbackedNumbers } from '../../../src/lib/article/statedNumbers.ts';
import { checkContent } from '../../../src/content-check/checkContent.ts';
import { readContent } from '../../../src/content-check/readContent.ts';

const ROOT = path.resolve('content/articles');
/** The report itself, when an editor has a copy (REPORT=path): then the exact longest run is checked too. */
const REPORT = process.env.REPORT ? path.resolve(process.env.REPORT) : undefined;
const FINGERPRINTS = path.resolve('tests/fixtures/report-8word-runs.txt');

const files = await collectionFiles(path.resolve('content'), 'articles');
const read = async (file: string) => {
  const { yaml, body } = splitFrontmatter(await readFile(path.join(ROOT, file), 'utf8'));
  return { data: parse(yaml!) as { key: string; events: string[] }, body };
};

const content = checkContent(await readContent(path.resolve('content'), path.resolve('.')));
const eventsById = new Map(content.events.map((e) => [e.id, e]));

describe('the articles', () => {
  it.each(files)('%s: states no figure without a cited event that carries it (who said it, and when)', async (file) => {
    const lang = file.slice(0, 2) as 'es' | 'en';
    const { body } = await read(file);
    const eventText = (id: string) => {
      const e = eventsById.get(id);
      return e && `${e.title[lang]} ${e.summary[lang]} ${(e.history ?? []).map((s) => s.note?.[lang] ?? '').join(' ')}`;
    };
    expect(unbackedNumbers(body, proseText, eventText)).toEqual([]);
  });

  it('come in pairs: eight, in Spanish and in English', async () => {
    const keys = { es: new Set<string>(), en: new Set<string>() };
    for (const file of files) keys[file.slice(0, 2) as 'es' | 'en'].add((await read(file)).data.key);
    expect([...keys.es].sort()).toEqual([...keys.en].sort());
    expect(keys.es.size).toBe(8);
  });

  it.each(files)('%s: 700 to 1,400 words', async (file) => {
    const words = countWords(proseText((await read(file)).body));
    expect(words).toBeGreaterThanOrEqual(700);
    expect(words).toBeLessThanOrEqual(1400);
  });

  it.each(files)('%s: shares no run of 8 words with the source report (outside marked quotations)', async (file) => {
    const prose = proseText(withoutReportQuotes((await read(file)).body));
    if (REPORT && existsSync(REPORT)) {
      expect(longestSharedRun(prose, await readFile(REPORT, 'utf8')).length).toBeLessThan(8);
    }
    const prints = new Set((await readFile(FINGERPRINTS, 'utf8')).split('\n').filter((l) => /^[0-9a-f]{16}$/.test(l)));
    expect(prints.size).toBeGreaterThan(500);
    expect(await sharedRuns(prose, prints, 8)).toEqual([]);
  });

  it.each(files)('%s: takes its dates from the data, embeds a timeline and has sections', async (file) => {
    const { body, data } = await read(file);
    expect(typedDates(proseText(body))).toEqual([]);
    expect(body).toMatch(/<Timeline\b/);
    expect((body.match(/^## /gm) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(eventRefIds(body).length).toBeGreaterThan(0);
    for (const id of eventRefIds(body)) expect(data.events, `${id} is cited but not listed in events`).toContain(id);
  });

  it.each(files.filter((f) => /vostochny|armas|arms/.test(f)))('%s: has a "confirmed / claimed" box', async (file) => {
    const { body } = await read(file);
    expect(body).toMatch(/<ClaimBox>[\s\S]*<Confirmed>[\s\S]*<\/Confirmed>[\s\S]*<Claimed>[\s\S]*<\/Claimed>[\s\S]*<\/ClaimBox>/);
  });
});

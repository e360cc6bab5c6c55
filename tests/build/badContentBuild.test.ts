/** Malformed content fails a real `astro build`, each kind with its own message naming the file and the field. */
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './buildSite.ts';

const VALID = path.resolve('tests/fixtures/content/valid');
const EVENT = 'events/2024-06-19-treaty-signed.yaml';
const ES = 'articles/es/el-tratado.mdx';
const EN = 'articles/en/the-treaty.mdx';

const CASES: { name: string; file: string; edit: (text: string) => string; remove?: string; message: RegExp }[] = [
  { name: 'bad date', file: EVENT, edit: (s) => s.replace('date: "2024-06-19"', 'date: "2024-02-30"'), message: /events\/2024-06-19-treaty-signed\.yaml: date: not a calendar date: "2024-02-30"/ },
  { name: 'unknown category', file: EVENT, edit: (s) => s.replace('category: treaty', 'category: treatise'), message: /treaty-signed\.yaml: category: unknown category "treatise"/ },
  { name: 'missing translation', file: EVENT, edit: (s) => s.replace('  en: The treaty is signed\n', ''), message: /treaty-signed\.yaml: title\.en: missing English translation/ },
  { name: 'duplicate id', file: 'events/2024-06-19-treaty-signed.yml', edit: (s) => s, message: /treaty-signed\.yml: id: duplicate id "treaty-signed"/ },
  { name: 'dangling reference', file: ES, edit: (s) => s.replace('events: [treaty-signed]', 'events: [no-such-event]'), message: /articles\/es\/el-tratado\.mdx: events\.0: no event has the id "no-such-event"/ },
  { name: 'non-https source', file: EVENT, edit: (s) => s.replace('url: https://', 'url: http://'), message: /treaty-signed\.yaml: sources\.0\.url: not an https URL/ },
  { name: 'end before start', file: EVENT, edit: (s) => s.replace('precision: day', 'precision: day\nend: "2024-01-01"'), message: /treaty-signed\.yaml: end: ends \(2024-01-01\) before it starts \(2024-06-19\)/ },
  { name: 'empty summary', file: EVENT, edit: (s) => s.replace(/  en: Russia and North Korea sign a treaty\. It takes effect in December\./, '  en: ""'), message: /treaty-signed\.yaml: summary\.en: empty English translation/ },
  { name: 'event naming an article the treaty page does not describe', file: 'events/2024-11-04-troops-claim.yaml', edit: (s) => s.replace('treatyArticles: [4]', 'treatyArticles: [17]'), message: /troops-claim\.yaml: treatyArticles\.0: Article 17 is not one .*treaty\.yaml describes/ },
  { name: 'missing counterpart', file: EN, edit: (s) => s, remove: EN, message: /articles\/es\/el-tratado\.mdx: key: no en edition of article "treaty"/ },
];

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('npm run build with bad content', () => {
  it.each(CASES)('$name: the build fails and says which file and field', async (c) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bad-build-'));
    dirs.push(dir);
    await cp(VALID, dir, { recursive: true });
    const target = path.join(dir, c.file);
    const source = await readFile(target, 'utf8').catch(() => readFile(path.join(dir, EVENT), 'utf8'));
    if (c.remove) await unlink(path.join(dir, c.remove));
    else await writeFile(target, c.edit(source));
    const run = buildSite({ outDir: path.join(dir, 'dist'), env: { CONTENT_DIR: dir } });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toMatch(c.message);
  });
});

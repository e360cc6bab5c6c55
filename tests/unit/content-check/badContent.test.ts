import { cp, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/checkContent.ts';
import { formatProblem } from '../../../src/content-check/problem.ts';
import { readContent } from '../../../src/content-check/readContent.ts';

const VALID = path.resolve('tests/fixtures/content/valid');
const EVENT = 'events/2024-06-19-treaty-signed.yaml';
const CLAIM = 'events/2024-11-04-troops-claim.yaml';
const ES = 'articles/es/el-tratado.mdx';
const EN = 'articles/en/the-treaty.mdx';
const PLACES = 'places.yaml';
const FIX = 'corrections.yaml';
/** The second step of the troops claim's history (a step sourced without an event). */
const STEP1 = '  - date: "2024-11-20"';

/** One kind of bad content: how to break a copy of the valid fixture, and the problem expected. */
interface Case {
  name: string;
  /** [file, text to find, replacement] edits, or a file to write (a copy of the event if no text) or delete. */
  edits?: [string, string | RegExp, string][];
  write?: [string, string][];
  remove?: string[];
  file: string;
  field: string;
  message: RegExp;
  /** The line the problem must name, when it has one. */
  line?: number;
  /** The only problem reported: the root cause, not its consequences. */
  alone?: boolean;
}

const CASES: Case[] = [
  { name: 'bad date', edits: [[EVENT, 'date: "2024-06-19"', 'date: "2024-06-31"']], file: EVENT, field: 'date', message: /not a calendar date: "2024-06-31"/ },
  { name: 'unquoted impossible date', edits: [[EVENT, 'date: "2024-06-19"', 'date: 2024-02-30']], file: EVENT, field: 'date', message: /not a calendar date: "2024-02-30"/ },
  { name: 'unknown category', edits: [[EVENT, 'category: treaty', 'category: treatise']], file: EVENT, field: 'category', message: /unknown category "treatise"/ },
  { name: 'unknown status', edits: [[EVENT, 'status: confirmed', 'status: rumoured']], file: EVENT, field: 'status', message: /unknown status "rumoured"/ },
  { name: 'missing translation', edits: [[EVENT, '  en: The treaty is signed\n', '']], file: EVENT, field: 'title.en', message: /missing English translation/ },
  { name: 'empty summary', edits: [[EVENT, '  es: Rusia y Corea del Norte firman un tratado. Entra en vigor en diciembre.', '  es: ""']], file: EVENT, field: 'summary.es', message: /empty Spanish translation/ },
  { name: 'summary of one sentence', edits: [[EVENT, 'It takes effect in December.', '']], file: EVENT, field: 'summary.en', message: /needs 2 to 4 sentences, has 1/ },
  { name: 'label too long', edits: [[EVENT, '  en: Signed', '  en: The treaty is signed in Pyongyang by both']], file: EVENT, field: 'label.en', message: /longer than 30 characters/ },
  { name: 'non-https source', edits: [[EVENT, 'url: https://interfax.com', 'url: http://interfax.com']], file: EVENT, field: 'sources.0.url', message: /not an https URL/ },
  { name: 'no source', edits: [[EVENT, /sources:[\s\S]*$/, 'sources: []\n']], file: EVENT, field: 'sources', message: /needs at least one source/ },
  { name: 'end before start', edits: [[EVENT, 'precision: day', 'precision: day\nend: "2024-06-01"']], file: EVENT, field: 'end', message: /ends \(2024-06-01\) before it starts \(2024-06-19\)/ },
  { name: 'importance out of range', edits: [[EVENT, 'importance: 3', 'importance: 5']], file: EVENT, field: 'importance', message: /must be 1, 2 or 3/ },
  { name: 'unknown field', edits: [[EVENT, 'report: true', 'report: true\nsumary: typo']], file: EVENT, field: 'sumary', message: /unknown field/ },
  { name: 'claim without attribution', edits: [[CLAIM, 'attribution:\n  es: Ucrania\n  en: Ukraine\n', '']], file: CLAIM, field: 'attribution', message: /must say whose it is/ },
  { name: 'duplicate id', write: [['events/2024-06-19-treaty-signed.yml', '']], file: 'events/2024-06-19-treaty-signed.yml', field: 'id', message: /duplicate id "treaty-signed" \(also in .*2024-06-19-treaty-signed.yaml\)/ },
  { name: 'file name not matching date and id', write: [['events/treaty.yaml', '']], remove: [EVENT], file: 'events/treaty.yaml', field: 'id', message: /file name should be 2024-06-19-treaty-signed.yaml/ },
  { name: 'dangling event reference', edits: [[ES, 'events: [treaty-signed]', 'events: [treaty-signed, no-such-event]']], file: ES, field: 'events.1', message: /no event has the id "no-such-event"/ },
  { name: 'dangling article reference', edits: [[CLAIM, 'articles: [treaty]', 'articles: [no-such-article]']], file: CLAIM, field: 'articles.0', message: /no article has the key "no-such-article"/ },
  { name: 'dangling EventRef in the text, with its line', edits: [[EN, 'Text.', 'Text.\n\nSigned on <EventRef id="no-such-event" />.']], file: EN, field: '(body)', line: 15, message: /<EventRef id="no-such-event">: no event has this id/ },
  { name: 'a link to an unknown article in the text, with its line', edits: [[EN, 'Text.', 'Text.\n\nSee <ArticleLink article="no-such-article" />.']], file: EN, field: '(body)', line: 15, message: /<ArticleLink article="no-such-article">: no article has this key/ },
  { name: 'dangling related article', edits: [[ES, 'events: [treaty-signed]', 'events: [treaty-signed]\nrelated: [nope]']], file: ES, field: 'related.0', message: /no article has the key "nope"/ },
  { name: 'article without counterpart', remove: [EN], file: ES, field: 'key', message: /no en edition of article "treaty"/ },
  { name: 'article missing a field', edits: [[EN, 'dek: What it says.\n', '']], file: EN, field: 'dek', message: /missing dek/ },
  { name: 'article updated before published', edits: [[EN, 'updated: "2026-11-27"', 'updated: "2026-01-01"']], file: EN, field: 'updated', message: /before published/ },
  { name: 'unreadable YAML', edits: [[EVENT, 'precision: day', 'precision: [day']], file: EVENT, field: '(yaml)', message: /cannot be read as YAML/ },
  { name: 'YAML syntax error, with its line and text', edits: [[EVENT, 'category: treaty', 'category: treaty: signed']], file: EVENT, field: '(yaml)', line: 5, alone: true, message: /cannot be read as YAML: .*\(column \d+\): "category: treaty: signed" — until this is fixed, 3 references/ },
  { name: 'YAML syntax error in an article’s frontmatter, with its line in the file', edits: [[EN, 'dek: What it says.', 'dek: What: it says.']], file: EN, field: '(yaml)', line: 5, message: /"dek: What: it says\."/ },
  { name: 'one bad event cited by an article: the root cause once, naming what it holds up', edits: [[EVENT, 'date: "2024-06-19"', 'date: "2024-06-31"']], file: EVENT, field: 'date', alone: true, message: /not a calendar date: "2024-06-31".*3 references to "treaty-signed" cannot be checked: .*articles\/en\/the-treaty\.mdx \(events\.0\).*articles\/es\/el-tratado\.mdx \(events\.0\).*eras\.yaml \(0\.from\)/ },
  { name: 'a draft is neither content nor a problem', write: [['events/_draft.yaml', 'id: [not even valid']], file: EVENT, field: '(none)', message: /^$/ },
  { name: 'stray file in events', write: [['events/notes.txt', 'hello']], file: 'events/notes.txt', field: '(file)', message: /events are .yaml files/ },
  { name: 'article in an unknown language folder', write: [['articles/fr/le-traite.mdx', '---\nkey: treaty\n---\n']], file: 'articles/fr/le-traite.mdx', field: '(file)', message: /content\/articles\/<es\|en>/ },
  { name: 'era at an unknown event', edits: [['eras.yaml', 'from: treaty-signed', 'from: no-such-event']], file: 'eras.yaml', field: '0.from', message: /no event has the id "no-such-event"/ },
  { name: 'era ending before it starts', edits: [['eras.yaml', 'from: treaty-signed', 'from: troops-claim\n  to: treaty-signed']], file: 'eras.yaml', field: '0.to', message: /era ends \(2024-06-19\) before it starts \(2024-11-04\)/ },
  { name: 'places not a list of ids', edits: [[CLAIM, 'places: [kyiv, kursk]', 'places: [Kyiv]']], file: CLAIM, field: 'places.0', message: /"Kyiv" is not a slug/ },
  { name: 'a place listed twice', edits: [[CLAIM, 'places: [kyiv, kursk]', 'places: [kyiv, kursk, kyiv]']], file: CLAIM, field: 'places.2', message: /"kyiv" is listed twice/ },
  { name: 'treaty article out of range', edits: [[CLAIM, 'treatyArticles: [4]', 'treatyArticles: [4, 24]']], file: CLAIM, field: 'treatyArticles.1', message: /articles 1 to 23, not 24/ },
  { name: 'treaty article not a number', edits: [[CLAIM, 'treatyArticles: [4]', 'treatyArticles: [four]']], file: CLAIM, field: 'treatyArticles.0', message: /a number from 1 to 23, not "four"/ },
  { name: 'history going back in time', edits: [[CLAIM, STEP1, '  - date: "2024-11-01"']], file: CLAIM, field: 'history.1.date', alone: true, message: /goes back in time: 2024-11-01 is before the previous step \(2024-11-04\)/ },
  { name: 'history whose last step is not the event’s status', edits: [[CLAIM, 'status: claimed\nattribution:\n  es: Ucrania', 'status: official\nattribution:\n  es: Ucrania']], file: CLAIM, field: 'history.1.status', alone: true, message: /the last step's status \(claimed\) must equal the event's status \(official\)/ },
  { name: 'history starting before the event', edits: [[CLAIM, '  - date: "2024-11-04"', '  - date: "2024-10-01"'], [CLAIM, 'event: troops-claim', 'sources: []']], file: CLAIM, field: 'history.0.date', message: /the first step \(2024-10-01\) comes before the event itself \(2024-11-04\)/ },
  { name: 'history step claimed without attribution', edits: [[CLAIM, '    attribution:\n      es: Ucrania\n      en: Ukraine\n', '']], file: CLAIM, field: 'history.0.attribution', alone: true, message: /a claimed step must say whose it is/ },
  { name: 'history step naming neither an event nor sources', edits: [[CLAIM, '    event: troops-claim\n', '']], file: CLAIM, field: 'history.0', alone: true, message: /names what moved the status: the event \(event\) or.* its sources \(sources\)/ },
  { name: 'history step naming both an event and sources', edits: [[CLAIM, '    event: troops-claim\n', '    event: troops-claim\n    sources: [{ publisher: X, title: { es: a, en: b }, url: "https://example.org/x", language: en }]\n']], file: CLAIM, field: 'history.0.sources', alone: true, message: /either an event or sources, not both/ },
  { name: 'history with no steps', edits: [[CLAIM, /history:[\s\S]*Another side says so\.\n/, 'history: []\n']], file: CLAIM, field: 'history', alone: true, message: /at least one step/ },
  { name: 'history step with an unknown status', edits: [[CLAIM, STEP1 + '\n    status: claimed', STEP1 + '\n    status: likely']], file: CLAIM, field: 'history.1.status', message: /unknown status "likely"/ },
  { name: 'history step at an unknown event', edits: [[CLAIM, 'event: troops-claim', 'event: no-such-event']], file: CLAIM, field: 'history.0.event', alone: true, message: /no event has the id "no-such-event"/ },
  { name: 'history step whose event has another date', edits: [[CLAIM, 'event: troops-claim', 'event: treaty-signed']], file: CLAIM, field: 'history.0.date', alone: true, message: /2024-11-04 is not the date of "treaty-signed" \(2024-06-19\)/ },
  { name: 'history step at an invalid event: the root cause once', edits: [[CLAIM, 'event: troops-claim', 'event: treaty-signed'], [EVENT, 'date: "2024-06-19"', 'date: "2024-06-31"']], file: EVENT, field: 'date', alone: true, message: /not a calendar date: "2024-06-31".*events\/2024-11-04-troops-claim\.yaml \(history\.0\.event\)/ },
  { name: 'correction naming an unknown event', edits: [[FIX, 'events: [troops-claim]', 'events: [troops-claim, no-such-event]']], file: FIX, field: '0.events.1', alone: true, message: /no event has the id "no-such-event"/ },
  { name: 'correction naming an unknown article', edits: [[FIX, 'articles: [treaty]', 'articles: [treaty, x]']], file: FIX, field: '0.articles.1', alone: true, message: /^no article has the key "x"$/ },
  { name: 'correction without why', edits: [[FIX, /  why:\n    es: Un error\.\n    en: A mistake\.\n/, '']], file: FIX, field: '0.why', alone: true, message: /missing/ },
  { name: 'correction with an impossible date', edits: [[FIX, /date: "2026-12-01"/, 'date: "2026-12-32"']], file: FIX, field: '0.date', alone: true, message: /not a calendar date: "2026-12-32"/ },
  { name: 'correction with a non-https source', edits: [[FIX, 'url: https://interfax.com', 'url: http://interfax.com']], file: FIX, field: '0.sources.0.url', alone: true, message: /not an https URL/ },
  { name: 'correction id used twice', edits: [[FIX, 'id: stale-date', 'id: troops-wording']], file: FIX, field: '1.id', alone: true, message: /duplicate correction id "troops-wording" \(also entry 0\)/ },
  { name: 'corrections not a list', edits: [[FIX, /^[\s\S]*$/, 'id: troops-wording\n']], file: FIX, field: '(file)', alone: true, message: /must be a list of corrections/ },
  { name: 'era without a label', edits: [['eras.yaml', /  label:[\s\S]*$/, '']], file: 'eras.yaml', field: '0.label', message: /missing/ },
  { name: 'event naming an unknown place', edits: [[CLAIM, 'places: [kyiv, kursk]', 'places: [kyiv, kurks]']], file: CLAIM, field: 'places.1', message: /no place has the id "kurks"/ },
  { name: 'place latitude out of range', edits: [[PLACES, 'lat: 51.717', 'lat: 151.717']], file: PLACES, field: '1.lat', message: /latitude 151.717 is out of range/ },
  { name: 'place longitude not a number', edits: [[PLACES, 'lon: 36.183', 'lon: "36.183"']], file: PLACES, field: '1.lon', message: /longitude must be a number/ },
  { name: 'place coordinates disagreeing with their source', edits: [[PLACES, 'lon: 36.183', 'lon: 36.83']], file: PLACES, field: '1.lon', message: /36.83 does not agree with the source's "51°43′N 36°11′E" \(36.1833\)/ },
  { name: 'place source stating no coordinates', edits: [[PLACES, 'stated: 51°43′N 36°11′E', 'stated: near Kursk']], file: PLACES, field: '1.source.stated', message: /cannot read coordinates in "near Kursk"/ },
  { name: 'place in an unknown country', edits: [[PLACES, 'country: RU', 'country: SU']], file: PLACES, field: '1.country', message: /unknown country "SU"/ },
  { name: 'place source over http', edits: [[PLACES, 'url: https://en.wikipedia.org/wiki/Kursk', 'url: http://en.wikipedia.org/wiki/Kursk']], file: PLACES, field: '1.source.url', message: /not an https URL/ },
  { name: 'duplicate place id', edits: [[PLACES, 'id: kyiv', 'id: kursk']], file: PLACES, field: '2.id', message: /duplicate place id "kursk"/ },
  { name: 'one bad place cited by an event: the root cause once, naming what it holds up', edits: [[PLACES, 'lat: 51.717', 'lat: 151.717']], file: PLACES, field: '1.lat', alone: true, message: /out of range.*1 reference to "kursk" cannot be checked: events\/2024-11-04-troops-claim\.yaml \(places\.1\)/ },
];

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'content-check-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function brokenCopy(c: Case): Promise<string> {
  const dir = path.join(work, c.name.replace(/\W+/g, '-'));
  await cp(VALID, dir, { recursive: true });
  for (const [file, content] of c.write ?? []) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content || (await readFile(path.join(VALID, EVENT), 'utf8')));
  }
  for (const [file, find, replace] of c.edits ?? []) {
    const target = path.join(dir, file);
    const before = await readFile(target, 'utf8');
    const after = before.replace(find, replace);
    if (after === before) throw new Error(`fixture edit for "${c.name}" changed nothing`);
    await writeFile(target, after);
  }
  for (const file of c.remove ?? []) await unlink(path.join(dir, file));
  return dir;
}

describe('checkContent(readContent(dir))', () => {
  it('finds no problem in the valid fixture', async () => {
    const result = checkContent(await readContent(VALID, VALID));
    expect(result.problems).toEqual([]);
    expect(result.events.map((e) => e.id)).toEqual(['treaty-signed', 'troops-claim']);
    expect(result.events[1].history?.map((step) => step.date)).toEqual(['2024-11-04', '2024-11-20']);
    expect(result.events[0]).toMatchObject({ places: [], treatyArticles: [] });
    expect(result.corrections.map((c) => c.id)).toEqual(['troops-wording', 'stale-date']);
    expect(result.corrections[1]).toMatchObject({ events: [], articles: [], sources: [] });
    expect(result.articles.map((a) => `${a.lang}/${a.slug}`).sort()).toEqual(['en/the-treaty', 'es/el-tratado']);
  });

  it('finds no problem in the site’s own content', async () => {
    const root = path.resolve('.');
    const result = checkContent(await readContent(path.join(root, 'content'), root));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.events.length).toBeGreaterThanOrEqual(56);
    expect(result.corrections.length).toBeGreaterThan(0);
  });

  it.each(CASES)('$name: names the file and the field', async (c) => {
    const dir = await brokenCopy(c);
    const { problems } = checkContent(await readContent(dir, dir));
    if (c.field === '(none)') {
      expect(problems.map(formatProblem)).toEqual([]);
      return;
    }
    const found = problems.filter((p) => p.file === c.file && p.field === c.field && c.message.test(p.message));
    expect(found, `expected ${c.file}: ${c.field}: ${c.message}; got:\n${problems.map(formatProblem).join('\n')}`).toHaveLength(1);
    if (c.line !== undefined) expect(found[0].line).toBe(c.line);
    if (c.alone) expect(problems.map(formatProblem)).toEqual([formatProblem(found[0])]);
  });
});

/**
 * Real `astro build`s of the small fixture content: a bad event and a bad article each stop the
 * build with one message per root cause, naming file and field (every kind of bad content has its
 * own case in the unit table, tests/unit/content-check/); a draft is neither checked nor published.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './buildSite.ts';

const VALID = path.resolve('tests/fixtures/content/valid');
const EVENT = 'events/2024-06-19-treaty-signed.yaml';
const EN = 'articles/en/the-treaty.mdx';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of the valid fixture with `edits` applied: [file, find, replace]. */
async function fixture(edits: [string, string, string][]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fixture-build-'));
  dirs.push(dir);
  await cp(VALID, dir, { recursive: true });
  for (const [file, find, replace] of edits) {
    const target = path.join(dir, file);
    const before = await readFile(target, 'utf8');
    const after = before.replace(find, replace);
    if (after === before) throw new Error(`fixture edit of ${file} changed nothing`);
    await writeFile(target, after);
  }
  return dir;
}

/** The problem lines of a failed build's output. */
const problemLines = (output: string) => output.split('\n').filter((line) => /^\s+- \S+: /.test(line)).map((line) => line.trim());

describe('npm run build with the fixture content', () => {
  it('a bad event: the build fails with its one root cause, and says what it holds up', async () => {
    const dir = await fixture([[EVENT, 'date: "2024-06-19"', 'date: "2024-06-31"']]);
    const run = buildSite({ outDir: path.join(dir, 'dist'), env: { CONTENT_DIR: dir } });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toContain('Content check failed: 1 problem');
    const [line, ...rest] = problemLines(run.output);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^- .*events\/2024-06-19-treaty-signed\.yaml: date: not a calendar date: "2024-06-31"/);
    expect(line).toMatch(/references to "treaty-signed" cannot be checked: .*articles\/en\/the-treaty\.mdx \(events\.0\)/);
  });

  it('a bad article: the build fails naming the file, the line and the reference', async () => {
    const dir = await fixture([[EN, 'Text.', 'Text.\n\nSigned on <EventRef id="no-such-event" />.']]);
    const run = buildSite({ outDir: path.join(dir, 'dist'), env: { CONTENT_DIR: dir } });
    expect(run.status, run.output).not.toBe(0);
    expect(problemLines(run.output)).toEqual([expect.stringMatching(/articles\/en\/the-treaty\.mdx:15: \(body\): <EventRef id="no-such-event">: no event has this id$/)]);
  });

  it('drafts (files starting with _) are neither checked nor published', async () => {
    // The site's own content (the fixture is too small for the home page), with drafts beside it.
    const dir = await mkdtemp(path.join(tmpdir(), 'draft-build-'));
    dirs.push(dir);
    await cp(path.resolve('content'), dir, { recursive: true });
    const published = async (out: string) => ({ events: (await readdir(path.join(out, 'en/timeline'))).sort(), articles: (await readdir(path.join(out, 'en/articles'))).sort() });
    const before = await readdir(path.join(dir, 'events'));
    const event = (await readFile(path.join(VALID, EVENT), 'utf8')).replace('id: treaty-signed', 'id: draft-event').replace('date: "2024-06-19"', 'date: "2024-06-20"');
    const article = (await readFile(path.join(VALID, EN), 'utf8')).replace('slug: the-treaty', 'slug: draft-article').replace('key: treaty', 'key: draft');
    await writeFile(path.join(dir, 'events/_2024-06-20-draft-event.yaml'), event);
    await writeFile(path.join(dir, 'events/_broken.yaml'), 'id: [not yaml');
    await writeFile(path.join(dir, 'articles/en/_draft-article.mdx'), article);
    const out = path.join(dir, 'dist');
    const run = buildSite({ outDir: out, env: { CONTENT_DIR: dir } });
    expect(run.status, run.output).toBe(0);
    const events = before.filter((f) => f.endsWith('.yaml')).length;
    expect(run.output).toContain(`content ok: ${events} events`);
    const { events: pages, articles } = await published(out);
    expect(pages).not.toContain('draft-event');
    expect(pages).toHaveLength(events + 1);
    expect(articles).not.toContain('draft-article');

    // A build of other content leaves the site's own next build unharmed (Astro's content-module
    // index is written afresh: src/integrations/freshContentModules.ts).
    const next = buildSite({ outDir: path.join(dir, 'dist-own') });
    expect(next.status, next.output).toBe(0);
  }, 180_000);
});

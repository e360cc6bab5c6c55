/** Two clean builds of the site give byte-identical trees: pages, images, feeds, sitemap and search index. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './buildSite.ts';

const PAGEFIND = path.resolve('node_modules/pagefind/lib/runner/bin.cjs');

async function digest(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (sub: string) => {
    for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) await walk(rel);
      else files.set(rel, createHash('sha256').update(await readFile(path.join(dir, rel))).digest('hex'));
    }
  };
  await walk('');
  return files;
}

let work = '';
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the build', () => {
  it('is reproducible: two clean builds are byte-identical', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'repro-'));
    const trees: Map<string, string>[] = [];
    for (const name of ['a', 'b']) {
      const out = path.join(work, name);
      // --force clears the content cache; no cached share image is reused.
      const run = buildSite({ outDir: out, args: ['--force'], env: { SHARE_IMAGE_CACHE: 'off', BASE_PATH: '/repo/', SITE_URL: 'https://example.github.io' } });
      expect(run.status, run.output).toBe(0);
      expect(spawnSync(process.execPath, [PAGEFIND, '--site', out, '--silent']).status).toBe(0);
      trees.push(await digest(out));
    }
    const [a, b] = trees;
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a.entries()].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(a.size).toBeGreaterThan(200);
  }, 240_000);
});

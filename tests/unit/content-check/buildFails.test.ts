import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('npm run build with bad content', () => {
  it('fails, naming the file and the field', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bad-build-'));
    dirs.push(dir);
    await cp('tests/fixtures/content/valid', dir, { recursive: true });
    const file = path.join(dir, 'events/2024-06-19-treaty-signed.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('category: treaty', 'category: treatise'));

    // A real build, as `npm run build` runs it: not under vitest (which skips the content guard).
    const { VITEST: _, VITEST_WORKER_ID: __, VITEST_POOL_ID: ___, ...env } = process.env;
    const run = spawnSync('npx', ['astro', 'build', '--outDir', path.join(dir, 'dist')], {
      encoding: 'utf8',
      env: { ...env, CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = run.stdout + run.stderr;
    expect(run.status, output).not.toBe(0);
    expect(output).toMatch(/events\/2024-06-19-treaty-signed\.yaml: category: unknown category "treatise"/);
  });
});

/** Runs a real `astro build` (as `npm run build` does, outside vitest) and returns its exit code and output. */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
/** Astro's content cache (the content layer's data store). */
const DATA_STORE = path.resolve('node_modules/.astro/data-store.json');

export function buildSite(options: { outDir: string; env?: Record<string, string>; args?: string[] }): { status: number | null; output: string } {
  // A real build, as from the command line: nothing of vitest's environment leaks into it, not
  // its VITEST* flags (the content guard is off under vitest) nor the variables it sets for
  // import.meta.env (BASE_URL…), which the build would inline over BASE_PATH.
  const vitestEnv = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !vitestEnv.has(key)));
  // A build of another content folder starts from a clean content cache (--force) and leaves
  // none behind: Astro's data store would otherwise make the next build of content/ look for
  // that folder's files ("failed to resolve import astro:content-layer-deferred-module…").
  const args = options.args ?? [];
  const otherContent = options.env?.CONTENT_DIR !== undefined;
  const force = otherContent && !args.includes('--force') ? ['--force'] : [];
  const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', options.outDir, ...force, ...args], {
    encoding: 'utf8',
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
  });
  if (otherContent) rmSync(DATA_STORE, { force: true });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

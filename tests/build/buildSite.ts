/** Runs a real `astro build` (as `npm run build` does, outside vitest) and returns its exit code and output. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

export function buildSite(options: { outDir: string; env?: Record<string, string>; args?: string[] }): { status: number | null; output: string } {
  // A real build, as from the command line: nothing of vitest's environment leaks into it, not
  // its VITEST* flags (the content guard is off under vitest) nor the variables it sets for
  // import.meta.env (BASE_URL…), which the build would inline over BASE_PATH.
  const vitestEnv = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !vitestEnv.has(key)));
  const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', options.outDir, ...(options.args ?? [])], {
    encoding: 'utf8',
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Runs a real `astro build` (as `npm run build` does, outside vitest) and returns its exit code and output. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

export function buildSite(options: { outDir: string; env?: Record<string, string>; args?: string[] }): { status: number | null; output: string } {
  // A real build, as from the command line: nothing of vitest's environment leaks into it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', options.outDir, ...(options.args ?? [])], {
    encoding: 'utf8',
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

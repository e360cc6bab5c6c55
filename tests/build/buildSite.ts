/** Runs a real `astro build` (as `npm run build` does, outside vitest) and returns its exit code and output. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
/** What vitest copies from import.meta.env into process.env. */
const VITE_ENV = new Set(['TEST', 'NODE_ENV', 'SITE', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'ASSETS_PREFIX', 'SSR']);

export function buildSite(options: { outDir: string; env?: Record<string, string>; args?: string[] }): { status: number | null; output: string } {
  // A real build, as from the command line: nothing of vitest's environment leaks into it, neither
  // VITEST (the content guard would be off) nor the import.meta.env values vitest puts in
  // process.env (BASE_URL, SITE…: the build would take them over BASE_PATH and SITE_URL).
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !VITE_ENV.has(key)));
  const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', options.outDir, ...(options.args ?? [])], {
    encoding: 'utf8',
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

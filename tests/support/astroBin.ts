/** Runs the Astro and Pagefind CLIs with the Node that runs this script (Node 24 from node_modules), wherever PATH points. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro's CLI script (its package does not export the bin path, so it is found from here). */
const ASTRO = path.resolve(fileURLToPath(import.meta.url), '../../../node_modules/astro/bin/astro.mjs');

export function astro(args: string[], env: NodeJS.ProcessEnv): SpawnSyncReturns<Buffer> {
  const result = spawnSync(process.execPath, [ASTRO, ...args], { stdio: 'inherit', env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.error) throw result.error;
  return result;
}

const PAGEFIND = path.resolve(fileURLToPath(import.meta.url), '../../../node_modules/pagefind/lib/runner/bin.cjs');

/** Builds the search index of a built site. */
export function pagefind(site: string): SpawnSyncReturns<Buffer> {
  const result = spawnSync(process.execPath, [PAGEFIND, '--site', site, '--silent'], { stdio: 'inherit' });
  if (result.error) throw result.error;
  return result;
}

/** Builds the site for the browser tests: under BASE_PATH, into OUT_DIR. */
import { spawnSync } from 'node:child_process';
import { BASE_PATH, OUT_DIR, SITE_URL } from './site.ts';

const result = spawnSync('astro', ['build', '--outDir', OUT_DIR], {
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH, SITE_URL, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);

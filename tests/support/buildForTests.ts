/**
 * Builds the site for the tests as `npm run build` does (Astro, then the Pagefind index), under
 * BASE_PATH, into OUT_DIR. With TEST_BUILD=reuse (set by `npm test` after `test:build` has just
 * built it) an existing build is used as it is.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { astro, pagefind } from './astroBin.ts';
import { BASE_PATH, OUT_DIR, SITE_URL } from './site.ts';

if (process.env.TEST_BUILD === 'reuse' && existsSync(path.join(OUT_DIR, 'index.html'))) {
  console.log(`Using the test build in ${OUT_DIR}/ (TEST_BUILD=reuse).`);
  process.exit(0);
}
const result = astro(['build', '--outDir', OUT_DIR], { ...process.env, BASE_PATH, SITE_URL });
if (result.status !== 0) process.exit(result.status ?? 1);
process.exit(pagefind(OUT_DIR).status ?? 1);

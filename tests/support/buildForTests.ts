/** Builds the site for the browser tests: under BASE_PATH, into OUT_DIR. */
import { astro } from './astroBin.ts';
import { BASE_PATH, OUT_DIR, SITE_URL } from './site.ts';

const result = astro(['build', '--outDir', OUT_DIR], { ...process.env, BASE_PATH, SITE_URL });
process.exit(result.status ?? 1);

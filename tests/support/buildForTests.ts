/** Builds the site for the browser tests as `npm run build` does (Astro, then the Pagefind index), under BASE_PATH, into OUT_DIR. */
import { astro, pagefind } from './astroBin.ts';
import { BASE_PATH, OUT_DIR, SITE_URL } from './site.ts';

const result = astro(['build', '--outDir', OUT_DIR], { ...process.env, BASE_PATH, SITE_URL });
if (result.status !== 0) process.exit(result.status ?? 1);
process.exit(pagefind(OUT_DIR).status ?? 1);

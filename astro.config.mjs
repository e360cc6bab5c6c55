// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { deployTarget } from './src/lib/deployTarget.ts';
import { contentGuard } from './src/integrations/contentGuard.ts';

// SITE_URL and BASE_PATH say where the site is published (see README); unset, a local preview.
const { site, base } = deployTarget(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx(), sitemap()],
});

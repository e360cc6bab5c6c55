/**
 * Language alternates for @astrojs/sitemap. Our editions have localised slugs (/es/cronologia/,
 * /en/timeline/), which the sitemap cannot pair by itself, so each entry takes its alternates
 * from the built page's own <link rel="alternate" hreflang> tags: one source of truth.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';

/** The hreflang alternates declared in a page's HTML. */
export function hreflangLinks(html: string): { lang: string; url: string }[] {
  const links: { lang: string; url: string }[] = [];
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (!/\brel="alternate"/.test(tag)) continue;
    const lang = /\bhreflang="([^"]+)"/.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (lang && href) links.push({ lang, url: href });
  }
  return links;
}

export function sitemapAlternates() {
  let outDir = '';
  let base = '/';
  const integration: AstroIntegration = {
    name: 'sitemap-alternates',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
    },
  };
  /** Adds the page's alternates to its sitemap entry. */
  const serialize = (item: SitemapItem): SitemapItem => {
    const pathname = new URL(item.url).pathname;
    const rel = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
    try {
      const html = readFileSync(path.join(outDir, rel, rel.endsWith('.html') ? '' : 'index.html'), 'utf8');
      const links = hreflangLinks(html);
      return links.length ? { ...item, links } : item;
    } catch {
      return item;
    }
  };
  return { integration, serialize };
}

/**
 * Every internal link and asset of every built page resolves under the base path, each URL
 * checked once against the files as GitHub Pages would serve them; external links that open a
 * new tab carry rel="noopener noreferrer"; no absolute URL points at localhost or escapes the base.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_PATH, builtPages, OUT_DIR, readPage, SITE_ROOT, SITE_URL } from '../../support/site.ts';

const pages = builtPages();
/** Each URL found, once, with the first page that links to it. */
const found = new Map<string, string>();
for (const page of pages) {
  const html = readPage(page);
  const base = new URL(page, `https://site.invalid${BASE_PATH}`);
  const refs = [
    ...[...html.matchAll(/<(?:a|link)\b[^>]*?\shref="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<(?:script|img|source)\b[^>]*?\ssrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((m) => m[1].split(',').map((part) => part.trim().split(/\s+/)[0])),
  ];
  for (const ref of refs) {
    const href = ref.replace(/&amp;/g, '&');
    if (/^(mailto:|tel:|data:|#)/.test(href)) continue;
    const u = new URL(href, base);
    const internal = u.origin === 'https://site.invalid' || href.startsWith(SITE_URL);
    if (!internal) continue;
    const key = u.pathname;
    if (!found.has(key)) found.set(key, page);
  }
}

/** What GitHub Pages answers for a path: 200 for a file or a directory's index.html, otherwise not. */
function resolves(pathname: string): boolean {
  if (!pathname.startsWith(BASE_PATH)) return false;
  const rel = decodeURIComponent(pathname.slice(BASE_PATH.length));
  const target = path.join(OUT_DIR, rel);
  if (pathname.endsWith('/')) return existsSync(path.join(target, 'index.html'));
  return existsSync(target) && statSync(target).isFile();
}

describe('internal links and assets', () => {
  it('there are many, from every page', () => {
    expect(found.size).toBeGreaterThan(pages.length);
  });

  it.each([...found].sort())('%s resolves under the base (linked from /%s)', (pathname) => {
    expect(pathname.startsWith(BASE_PATH), `${pathname} escapes the base ${BASE_PATH}`).toBe(true);
    expect(resolves(pathname), `${pathname} is not a built file or directory index`).toBe(true);
  });
});

describe('attributes of links', () => {
  it.each(pages)('/%s: new tabs are opened safely; no localhost; absolute URLs stay under the base', (page) => {
    const html = readPage(page);
    for (const [tag] of html.matchAll(/<a\b[^>]*target="_blank"[^>]*>/g)) {
      expect(tag).toMatch(/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/);
    }
    for (const [, url] of html.matchAll(/(?:href|content|src)="(https?:\/\/[^"]+)"/g)) {
      expect(url, 'no localhost in a production build').not.toMatch(/localhost|127\.0\.0\.1/);
      if (url.startsWith(SITE_URL)) expect(url.startsWith(SITE_ROOT), `${url} escapes the base`).toBe(true);
    }
    // Share links to other platforms never pass the reader's referrer or a follow signal.
    for (const [tag] of html.matchAll(/<a\b[^>]*href="https:\/\/(?:wa\.me|t\.me|bsky\.app|x\.com|www\.facebook\.com|www\.linkedin\.com)[^"]*"[^>]*>/g)) {
      expect(tag).toMatch(/rel="noopener noreferrer nofollow"/);
    }
  });
});

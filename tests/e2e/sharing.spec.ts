import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { sitePages } from '../support/pageTypes.ts';
import { BASE_PATH, builtPages, OUT_DIR, SITE_URL } from '../support/site.ts';

const ROOT = `${SITE_URL}${BASE_PATH}`;
// Embeds are not shared or indexed: their canonical is the full page (embed.spec.ts).
const pages = sitePages(builtPages()).filter((p) => p !== '404.html');
const html = (page: string) => readFileSync(path.join(OUT_DIR, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
const meta = (doc: string, attr: 'property' | 'name', key: string) =>
  new RegExp(`<meta ${attr}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(doc)?.[1];
const link = (doc: string, rel: string) => new RegExp(`<link rel="${rel}" href="([^"]*)"`).exec(doc)?.[1];

/** Width and height of a PNG, from its header. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

test.describe('metadata on every page', () => {
  for (const page of pages) {
    test(`/${page}`, () => {
      const doc = html(page);
      expect(doc).toMatch(/<title>[^<]+<\/title>/);
      expect(meta(doc, 'name', 'description')?.length).toBeGreaterThan(20);
      const canonical = link(doc, 'canonical')!;
      expect(canonical).toBe(`${ROOT}${page}`);
      expect(meta(doc, 'property', 'og:url')).toBe(canonical);
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale', 'og:locale:alternate', 'og:image:alt']) {
        expect(meta(doc, 'property', key), key).toBeTruthy();
      }
      expect(meta(doc, 'property', 'og:image:width')).toBe('1200');
      expect(meta(doc, 'property', 'og:image:height')).toBe('630');
      expect(meta(doc, 'name', 'twitter:card')).toBe('summary_large_image');

      const image = meta(doc, 'property', 'og:image')!;
      expect(image.startsWith(ROOT)).toBe(true);
      expect(pngSize(path.join(OUT_DIR, image.slice(ROOT.length)))).toEqual([1200, 630]);

      // No absolute URL points anywhere but the published site.
      for (const [, url] of doc.matchAll(/(?:href|content|src)="(https?:\/\/[^"]+)"/g)) {
        expect(url, 'no localhost in a production build').not.toMatch(/localhost|127\.0\.0\.1/);
        if (url.startsWith(SITE_URL)) expect(url.startsWith(ROOT), `${url} escapes the base`).toBe(true);
      }

      for (const [, json] of doc.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)) {
        const data = JSON.parse(json);
        expect(data['@context']).toBe('https://schema.org');
      }
    });
  }

  test('articles carry NewsArticle data, the home page WebSite, event pages a breadcrumb', () => {
    const ld = (page: string) => [...html(page).matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]));
    for (const page of pages.filter((p) => /^(es\/articulos|en\/articles)\/./.test(p))) {
      const article = ld(page).find((d) => d['@type'] === 'NewsArticle');
      expect(article, page).toBeTruthy();
      expect(article.headline).toBeTruthy();
      expect(article.description).toBeTruthy();
      expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.inLanguage).toBe(page.slice(0, 2));
      expect(article.publisher.name).toBeTruthy();
      expect(article.image[0]).toMatch(/\.png$/);
      expect(meta(html(page), 'property', 'og:type')).toBe('article');
    }
    for (const lang of ['es', 'en']) expect(ld(`${lang}/`).some((d) => d['@type'] === 'WebSite' && d.inLanguage === lang)).toBe(true);
    expect(ld('en/timeline/treaty-signed/').find((d) => d['@type'] === 'BreadcrumbList').itemListElement).toHaveLength(3);
  });
});

test.describe('feeds, sitemap and robots.txt', () => {
  for (const lang of ['es', 'en'] as const) {
    test(`the ${lang} RSS feed parses and lists every ${lang} article`, async ({ page, request }) => {
      const xml = await (await request.get(`${lang}/rss.xml`)).text();
      await page.setContent('<p></p>');
      const items = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.querySelector('parsererror')) throw new Error('feed is not XML');
        return [...doc.querySelectorAll('item > link')].map((l) => l.textContent);
      }, xml);
      const articles = pages.filter((p) => p.startsWith(lang === 'es' ? 'es/articulos/' : 'en/articles/'));
      expect(items.sort()).toEqual(articles.map((p) => `${ROOT}${p}`).sort());
      expect(html(`${lang}/`)).toContain(`type="application/rss+xml"`);
    });
  }

  test('the sitemap lists every page with its language alternates; robots.txt points at it', async ({ page, request }) => {
    const robots = await (await request.get('robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${ROOT}sitemap-index.xml`);
    const index = await (await request.get('sitemap-index.xml')).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    await page.setContent('<p></p>');
    const entries: { loc: string; alternates: string[] }[] = [];
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(ROOT)).toBe(true);
      const xml = await (await request.get(sitemap.slice(ROOT.length))).text();
      entries.push(
        ...(await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          return [...doc.getElementsByTagName('url')].map((u) => ({
            loc: u.getElementsByTagName('loc')[0].textContent!,
            alternates: [...u.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => l.getAttribute('hreflang')!),
          }));
        }, xml)),
      );
    }
    expect(entries.map((e) => e.loc).sort()).toEqual(pages.map((p) => `${ROOT}${p}`).sort());
    for (const entry of entries) expect(entry.alternates.sort(), entry.loc).toEqual(['en', 'es', 'x-default']);
  });
});

test.describe('share buttons', () => {
  test('"copy link" puts the page’s canonical URL on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    for (const path of ['es/articulos/vostochny/', 'en/timeline/treaty-in-force/']) {
      await page.goto(path);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      await page.locator('share-bar [data-copy]').click();
      await expect(page.locator('share-bar [data-status]')).not.toBeEmpty();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the link to copy is on the page, and the share links are plain links', async ({ page }) => {
      await page.goto('en/articles/the-treaty/');
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      await expect(page.locator('share-bar input')).toHaveValue(canonical!);
      await expect(page.locator('share-bar [data-copy]')).toBeHidden();
      const links = await page.locator('share-bar .share__links a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.length).toBeGreaterThanOrEqual(5);
      for (const href of links) expect(href.includes(encodeURIComponent(canonical!)) || href.startsWith('mailto:')).toBe(true);
    });
  });
});

test.describe('search', () => {
  for (const [path, expected] of [
    ['es/buscar/', /es\/articulos\/vostochny\/$/],
    ['en/search/', /en\/articles\/vostochny\/$/],
  ] as const) {
    test(`"Vostochny" on /${path} finds the Vostochny article`, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(requests.some((u) => u.includes('/pagefind/')), 'no search script before searching').toBe(false);
      await page.locator('site-search input').fill('Vostochny');
      const results = page.locator('site-search [data-results] a');
      await expect(results.first()).toBeVisible();
      const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.some((h) => expected.test(h))).toBe(true);
      expect(hrefs.every((h) => h.includes(`${BASE_PATH}${path.slice(0, 2)}/`))).toBe(true);
      // Pages that merely link to the article (an event's "articles about it") are not hits.
      expect(hrefs.filter((h) => /korean-war-armistice|invasion-of-ukraine/.test(h))).toEqual([]);
    });
  }

  test('every result can be reached, and the count reads right in the singular and plural', async ({ page }) => {
    // "Korea" is on far more pages than one screen of results; "Luhansk" on a single event.
    for (const query of ['Korea', 'Luhansk']) {
      await page.goto(`en/search/?q=${query}`);
      const status = page.locator('site-search [data-status]');
      await expect(status).toHaveText(/^\d+ results? for/);
      const n = Number((await status.textContent())!.split(' ')[0]);
      await expect(status).toHaveText(n === 1 ? `1 result for “${query}”` : `${n} results for “${query}”`);
      const items = page.locator('site-search [data-results] li');
      await expect(items).toHaveCount(Math.min(n, 12));
      const more = page.locator('site-search [data-more]');
      for (let shown = 12; shown < n; shown += 12) {
        await more.click();
        await expect(items).toHaveCount(Math.min(n, shown + 12));
      }
      await expect(more).toBeHidden();
      const hrefs = await items.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(new Set(hrefs).size).toBe(n);
    }
  });

  test('pages other than search load no search script', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('es/articulos/el-tratado/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
  });
});

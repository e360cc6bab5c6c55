/** Sharing and search in a browser: the copy button, the share box without JavaScript, Pagefind search. Metadata, feeds and the sitemap are checked from the files (tests/build/site/). */
import { expect, test } from '@playwright/test';
import { BASE_PATH } from '../support/site.ts';

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

  test('titles and deks weigh most, and excerpts are the text, not the metadata', async ({ page }) => {
    for (const [path, query, explainer] of [
      ['es/buscar/', 'tratado', /es\/articulos\/el-tratado\/$/],
      ['en/search/', 'treaty', /en\/articles\/the-treaty\/$/],
    ] as const) {
      await page.goto(`${path}?q=${query}`);
      const items = page.locator('site-search [data-results] li');
      await expect(items.first()).toBeVisible();
      const top = await items.locator('a').evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).href));
      expect(top.some((href) => explainer.test(href)), `the main explainer in the top 3: ${top.join(', ')}`).toBe(true);
      // Each result says what it is and when, apart from the excerpt; the excerpt carries no category or status words.
      await expect(items.first().locator('.search__about')).toHaveText(/^(Artículo|Hecho|El texto del tratado|Article|Event|The treaty text) · \d/);
      const excerpts = await items.locator('p').allTextContents();
      for (const text of excerpts) expect(text).not.toMatch(/\b(Tratados|Treaties|Confirmado|Confirmed|Oficial \(una parte\)|Official \(one side\))\b/);
    }
  });

  test('if the search script cannot load, the page says so', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.goto('en/search/?q=treaty');
    await expect(page.locator('site-search [data-status]')).toHaveText(/could not be loaded/);
  });

  test('pages other than search load no search script', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('es/articulos/el-tratado/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
  });
});

import { expect, test } from '@playwright/test';
import { sweepPages } from '../support/pageTypes.ts';
import { BASE_PATH, builtPages, ORIGIN } from '../support/site.ts';

const all = builtPages();
// Embeds: a sample here, the template in embed.spec.ts.
const pages = sweepPages(all);

test('the build has both editions of every page type and a 404', () => {
  expect(all).toContain('');
  expect(all).toContain('404.html');
  for (const lang of ['es', 'en']) expect(all.filter((p) => p.startsWith(`${lang}/`)).length).toBeGreaterThan(2);
  expect(all.filter((p) => p.startsWith('es/')).length).toBe(all.filter((p) => p.startsWith('en/')).length);
});

for (const pagePath of pages) {
  test(`/${pagePath}: answers 200, loads nothing from another origin, breaks no CSP rule, and every internal link and asset resolves under the base`, async ({ page, request }) => {
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(ORIGIN) && !u.startsWith('data:')) foreign.push(u);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const response = await page.goto(pagePath, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(problems, 'console errors and CSP violations').toEqual([]);

    const urls = await page.evaluate(() => {
      const found = new Set<string>();
      const add = (value: string | null) => {
        if (value) found.add(new URL(value, document.baseURI).href);
      };
      document.querySelectorAll('a[href], link[href]').forEach((el) => add(el.getAttribute('href')));
      document.querySelectorAll('script[src], img[src], source[src]').forEach((el) => add(el.getAttribute('src')));
      document.querySelectorAll('[srcset]').forEach((el) =>
        el.getAttribute('srcset')!.split(',').forEach((part) => add(part.trim().split(/\s+/)[0])),
      );
      return [...found];
    });

    const internal = urls.filter((u) => u.startsWith(ORIGIN) || u.startsWith('https://example.github.io'));
    for (const href of internal) {
      const u = new URL(href);
      expect(u.pathname.startsWith(BASE_PATH), `${href} escapes the base ${BASE_PATH}`).toBe(true);
      if (u.origin !== ORIGIN) continue; // absolute canonical/alternate URLs: checked by path only
      const res = await request.get(u.pathname + u.search, { maxRedirects: 0 });
      expect(res.status(), `${href} on /${pagePath}`).toBe(200);
    }
  });
}

for (const pagePath of pages.filter((p) => /^(es|en)\//.test(p))) {
  test(`/${pagePath}: <html lang> and hreflang alternates are right and reciprocal`, async ({ page }) => {
    const lang = pagePath.slice(0, 2);
    await page.goto(pagePath);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);

    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
      Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])),
    );
    expect(Object.keys(alternates).sort()).toEqual(['en', 'es', 'x-default']);
    expect(alternates[lang]).toBe(BASE_PATH + pagePath);
    expect(alternates['x-default']).toBe(alternates.es);

    const other = lang === 'es' ? 'en' : 'es';
    await page.goto(alternates[other].slice(BASE_PATH.length));
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    const back = await page.$eval(`link[rel="alternate"][hreflang="${lang}"]`, (l) => new URL(l.getAttribute('href')!).pathname);
    expect(back).toBe(BASE_PATH + pagePath);
  });
}

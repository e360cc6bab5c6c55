/** The site's own faces, as a reader's browser loads them: two files at most, from the site itself, and nothing moves when they arrive. */
import { expect, test } from '@playwright/test';
import { BASE_PATH, ORIGIN } from '../support/site.ts';

for (const [width, height] of [
  [360, 740],
  [1280, 900],
]) {
  test(`an article’s first view at ${width} px loads the two faces, preloaded, from the site, and shifts nothing`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const fonts: { url: string; bytes: number }[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'font') fonts.push({ url: r.url(), bytes: (await r.body()).length });
    });
    // Record every layout shift from the first paint on, as Lighthouse's CLS does.
    await page.addInitScript(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('es/articulos/el-tratado/', { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);

    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.length).toBeLessThanOrEqual(2);
    for (const f of fonts) expect(f.url.startsWith(`${ORIGIN}${BASE_PATH}_astro/`) && f.url.endsWith('.woff2'), f.url).toBe(true);
    expect(fonts.reduce((n, f) => n + f.bytes, 0)).toBeLessThanOrEqual(60 * 1024);

    const preloads = await page.locator('link[rel="preload"][as="font"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
    expect(preloads.some((href) => href.includes('source-serif-4'))).toBe(true);
    expect(await page.evaluate(() => document.fonts.check('19px "Source Serif 4"') && document.fonts.check('bold 19px "Source Sans 3"'))).toBe(true);
    // The text and the headings are set in them.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.article-body > p')!).fontFamily)).toMatch(/^"?Source Serif 4/);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily)).toMatch(/^"?Source Sans 3/);

    const shift = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
    expect(shift).toBe(0);
    await context.close();
  });
}

test('when the faces arrive late, the metric-matched fallbacks keep the page still (layout shift under 0.005)', async ({ browser }) => {
  for (const [width, path] of [
    [360, 'es/articulos/el-tratado/'],
    [1280, 'en/'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    // A second's delay: the text is drawn in the fallback first, then swapped.
    await page.route('**/*.woff2', async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { shift: number }).shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('19px "Source Serif 4"'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), `${width} px /${path}`).toBeLessThan(0.005);
    await context.close();
  }
});

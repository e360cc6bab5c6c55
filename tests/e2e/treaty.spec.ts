/** The treaty page in a browser, under the base path: article anchors, the copy-link button, and axe in the states they leave the page in. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BASE_PATH, ORIGIN, SITE_URL } from '../support/site.ts';

/** Where the element with `id` sits in the viewport: its top, and whether the page scrolled to bring it there. */
function placement(page: Page, id: string) {
  return page.evaluate((target) => {
    const el = document.getElementById(target);
    return { top: el ? el.getBoundingClientRect().top : Number.NaN, scrolled: window.scrollY > 0, hash: location.hash };
  }, id);
}

test.describe('the treaty page', () => {
  test.describe.configure({ timeout: 120_000 });

  // The plain page, light and dark at 1280 and 360 px, is in the sample quality.spec.ts runs axe on;
  // here, the states only a reader makes: an article targeted by its anchor, a link just copied.
  test('axe finds nothing with an article targeted and its link just copied, light and dark, at 1280 and 360 px', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    for (const [width, height] of [
      [360, 780],
      [1280, 900],
    ]) {
      await page.setViewportSize({ width, height });
      await page.goto('es/tratado/#articulo-4');
      await page.locator('#articulo-4').getByRole('button', { name: 'Copiar enlace al artículo 4' }).click();
      await expect(page.locator('#articulo-4').getByRole('status')).toHaveText('Enlace copiado');
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.waitForTimeout(50);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${width}px ${colorScheme}`).toEqual([]);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width}px: nothing scrolls sideways`).toBe(0);
    }
  });

  test('an article’s anchor works under the base path: the page opens scrolled to it', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('es/tratado/#articulo-4');
    expect(page.url()).toBe(`${ORIGIN}${BASE_PATH}es/tratado/#articulo-4`);
    const at = await placement(page, 'articulo-4');
    expect(at.scrolled).toBe(true);
    expect(at.top).toBeGreaterThanOrEqual(0);
    expect(at.top).toBeLessThan(40);
    await expect(page.locator('#articulo-4 h3')).toHaveText(/Artículo 4 — Ayuda militar/);
  });

  test('an event’s link to its article lands on the article', async ({ page }) => {
    await page.goto('en/timeline/pyongyang-confirms-troops/');
    await page.locator('.event-page a[href$="/en/treaty/#article-4"]').click();
    await page.waitForURL(`${ORIGIN}${BASE_PATH}en/treaty/#article-4`);
    const at = await placement(page, 'article-4');
    expect(at.top).toBeGreaterThanOrEqual(0);
    expect(at.top).toBeLessThan(40);
  });

  test('the copy-link button copies the article’s anchored URL', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    await page.goto('es/tratado/');
    const article = page.locator('#articulo-16');
    await article.getByRole('button', { name: 'Copiar enlace al artículo 16' }).click();
    await expect(article.getByRole('status')).toHaveText('Enlace copiado');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}${BASE_PATH}es/tratado/#articulo-16`);
  });
});

test.describe('the treaty page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('has no copy button, and each article’s link is its anchor', async ({ page }) => {
    await page.goto('en/treaty/');
    await expect(page.locator('#article-22 button')).toBeHidden();
    await page.locator('#article-22').getByRole('link', { name: 'Link to Article 22' }).click();
    expect(page.url()).toBe(`${ORIGIN}${BASE_PATH}en/treaty/#article-22`);
    const at = await placement(page, 'article-22');
    expect(at.top).toBeGreaterThanOrEqual(0);
    expect(at.top).toBeLessThan(40);
  });
});

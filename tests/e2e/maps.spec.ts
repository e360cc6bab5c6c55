/** The maps in a browser: axe clean in light and dark at 1280 and 360 px, the right artboard per width with JavaScript off, nothing scrolling sideways, and a place on the map leading to its events. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PAGES = ['es/', 'en/timeline/zelensky-11000-troops/'];

async function violations(page: Page, rules?: string[]) {
  const builder = new AxeBuilder({ page }).include('figure[data-map]');
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const path of PAGES) {
  test(`/${path}: the map is axe clean, light and dark, at 1280 and 360 px`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(path);
    await expect(page.locator('figure[data-map]')).toHaveCount(1);
    for (const [width, height] of [
      [1280, 900],
      [360, 780],
    ]) {
      await page.setViewportSize({ width, height });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await violations(page), `${width}px ${colorScheme}`).toEqual([]);
      }
    }
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the lead map shows the wide artboard on a desktop and the narrow one on a phone, and nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('es/');
    await expect(page.locator('svg.map-svg--wide')).toBeVisible();
    await expect(page.locator('svg.map-svg--narrow')).toBeHidden();
    await page.setViewportSize({ width: 360, height: 780 });
    await expect(page.locator('svg.map-svg--wide')).toBeHidden();
    await expect(page.locator('svg.map-svg--narrow')).toBeVisible();
    await expect(page.locator('svg.map-svg--inset')).toBeVisible();
    const box = await page.locator('svg.map-svg--narrow').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('a place with several events leads to its entry in the list, with its events linked', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('es/');
    await page.locator('.map-svg--wide-canvas .map-hits a[data-place="kursk"]').click();
    await expect(page).toHaveURL(/#lead-map-kursk$/);
    const entry = page.locator('#lead-map-kursk');
    await expect(entry).toBeInViewport();
    await expect(entry.locator('a[href*="/es/cronologia/"]').first()).toBeVisible();
  });

  test('the locator on an event page marks the event and links to the others', async ({ page }) => {
    await page.goto('en/timeline/zelensky-11000-troops/');
    const figure = page.locator('figure[data-map="locator"]');
    await expect(figure.locator('svg[role="img"]')).toBeVisible();
    await expect(figure.locator('a[aria-current="page"]').first()).toBeVisible();
    await expect(figure.getByRole('heading', { level: 2 })).toContainText('Kursk');
  });
});

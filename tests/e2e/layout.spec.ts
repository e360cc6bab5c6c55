/** Layout in a browser: nothing scrolls sideways on a phone (the sample of pages), the skip link, the colour scheme. */
import { expect, test } from '@playwright/test';
import { editionSample } from '../support/sample.ts';

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  for (const { name, path } of editionSample()) {
    test(`${name}: /${path} never scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('es/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#content')).toBeFocused();
});

test.describe('colour scheme', () => {
  const background = async (page: import('@playwright/test').Page) =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('follows the system’s dark mode', async ({ browser }) => {
    const light = await browser.newPage({ colorScheme: 'light' });
    const dark = await browser.newPage({ colorScheme: 'dark' });
    await light.goto('en/');
    await dark.goto('en/');
    const [l, d] = [await background(light), await background(dark)];
    const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    expect(luminance(l)).toBeGreaterThan(600);
    expect(luminance(d)).toBeLessThan(150);
  });
});

import { expect, test } from '@playwright/test';
import { sitePages } from '../support/pageTypes.ts';
import { BASE_PATH, builtPages } from '../support/site.ts';

// Embeds have no header, so no language switch.
const editions = sitePages(builtPages()).filter((p) => p.startsWith('es/') || p.startsWith('en/'));

test.describe('the language switch', () => {
  for (const pagePath of editions) {
    test(`on /${pagePath} lands on the counterpart, not a home page`, async ({ page }) => {
      await page.goto(pagePath);
      const counterpart = await page.$eval(
        `link[rel="alternate"][hreflang="${pagePath.startsWith('es/') ? 'en' : 'es'}"]`,
        (l) => new URL(l.getAttribute('href')!).pathname,
      );
      await page.locator('[data-lang-switch]').click();
      await expect(page).toHaveURL((url) => url.pathname === counterpart);
      await expect(page.locator('html')).toHaveAttribute('lang', pagePath.startsWith('es/') ? 'en' : 'es');
    });
  }
});

test.describe('the language switch keeps what the reader is looking at', () => {
  test('an event open in the timeline stays open in the other language', async ({ page }) => {
    await page.goto('en/timeline/#treaty-signed');
    await expect(page.locator('mp-timeline [data-details]')).toBeVisible();
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}es/cronologia/#treaty-signed$`));
    await expect(page.locator('mp-timeline [data-details]')).toContainText('Pionyang');

    // An event picked on the page, then closed: the switch follows both.
    await page.locator('mp-timeline a.tl-ev[data-id="duma-ratifies"]').dispatchEvent('click');
    await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', `${BASE_PATH}en/timeline/#duma-ratifies`);
    await page.locator('mp-timeline [data-close]').click();
    await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', `${BASE_PATH}en/timeline/`);
  });

  test('a search carries over to the other language', async ({ page }) => {
    await page.goto('en/search/?q=Vostochny');
    await expect(page.locator('[data-results] li').first()).toBeVisible();
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}es/buscar/\\?q=Vostochny$`));
    await expect(page.locator('input[type="search"]')).toHaveValue('Vostochny');
    await expect(page.locator('[data-results] li').first()).toBeVisible();
  });
});

test.describe('the root address', () => {
  for (const [locale, expected] of [
    ['en-US', 'en'],
    ['es-ES', 'es'],
    ['fr-FR', 'es'],
  ] as const) {
    test.describe(`with the browser in ${locale}`, () => {
      test.use({ locale });
      test(`sends the reader to /${expected}/`, async ({ page }) => {
        await page.goto('');
        await expect(page).toHaveURL(new RegExp(`${BASE_PATH}${expected}/$`));
        await expect(page.locator('html')).toHaveAttribute('lang', expected);
      });
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, locale: 'en-US' });
    test('links to both editions and goes to Spanish by default', async ({ page, request }) => {
      const html = await (await request.get('')).text();
      expect(html).toContain(`href="${BASE_PATH}es/"`);
      expect(html).toContain(`href="${BASE_PATH}en/"`);
      await page.goto('');
      await expect(page).toHaveURL(new RegExp(`${BASE_PATH}es/$`));
    });
  });
});

test('an unknown address answers 404 with a page in both languages', async ({ page }) => {
  const response = await page.goto('es/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('section[lang="es"] h1')).toBeVisible();
  await expect(page.locator('section[lang="en"] h2')).toBeVisible();
  await page.locator('section[lang="en"] a').click();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}en/$`));
});

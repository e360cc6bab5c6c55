/** The language switch, the root address and the 404 page, in a browser. Hreflang reciprocity on every page is checked from the files (tests/build/site/). */
import { expect, test } from '@playwright/test';
import { editionSample } from '../support/sample.ts';
import { BASE_PATH } from '../support/site.ts';

test.describe('the language switch', () => {
  for (const { name, path: pagePath } of editionSample().filter((s) => !s.path.includes('?') && !s.frame)) {
    test(`${name}: on /${pagePath} lands on the counterpart, not a home page`, async ({ page }) => {
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

test('an unknown address answers 404 with the site’s header, search and both editions', async ({ page }) => {
  const response = await page.goto('es/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('body > header nav')).toBeVisible();
  await expect(page.locator('section[lang="es"] h1')).toBeVisible();
  await expect(page.locator('section[lang="en"] h2')).toBeVisible();
  // A search from the 404 page lands on that edition's search, with the query.
  await page.locator('section[lang="en"] input[type="search"]').fill('Kursk');
  await page.locator('section[lang="en"] button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}en/search/\\?q=Kursk$`));
  await expect(page.locator('site-search [data-results] li').first()).toBeVisible();
  await page.goBack();
  await page.locator('section[lang="en"] a[hreflang="en"]').first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}en/$`));
});

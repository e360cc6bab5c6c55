/**
 * An article page in a browser (one per language, and the one with a claim box): headline,
 * contents that resolve, an enhanced timeline, dates that match their events' pages, sources, the
 * counterpart. Word counts, originality and sources of every article are checked from the files.
 */
import { expect, test } from '@playwright/test';
import { browserSample } from '../support/sample.ts';

const articles = browserSample().filter((s) => s.template === 'article' || /article/.test(s.name));

for (const { name, path } of articles) {
  test(`${name}: /${path}: headline, dates, contents that resolve, a timeline, dates from the data, sources, counterpart`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('article header time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);

    // Table of contents: every entry points at a heading on the page.
    const targets = await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const href of targets) await expect(page.locator(`h2${href}`)).toHaveCount(1);

    await expect(page.locator('.article-body mp-timeline').first()).toHaveClass(/is-enhanced/);

    // Every date reference links to its event's page and carries the same date.
    const refs = await page.locator('.article-body a.event-ref').evaluateAll((as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, datetime: a.querySelector('time')!.getAttribute('datetime') })),
    );
    expect(refs.length).toBeGreaterThan(0);
    const eventPage = await page.context().newPage();
    for (const ref of refs.slice(0, 3)) {
      await eventPage.goto(ref.href);
      await expect(eventPage.locator('.event-page .entry__meta time')).toHaveAttribute('datetime', ref.datetime!);
    }
    await eventPage.close();

    // Sources: the report and the cited events' sources.
    const sources = page.locator('section.article-sources');
    await expect(sources).toBeVisible();
    expect(await sources.locator('a[href^="https://"]').count()).toBeGreaterThan(0);

    // The other edition links back here.
    const other = path.startsWith('es/') ? 'en' : 'es';
    await page.locator(`.read-next a[hreflang="${other}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    const back = await page.locator(`.read-next a[hreflang="${path.slice(0, 2)}"]`).getAttribute('href');
    expect(back).toMatch(new RegExp(`${path}$`));
  });
}

test('the home page has the treaty in one minute, the ratification timeline and every article', async ({ page }) => {
  for (const lang of ['es', 'en']) {
    await page.goto(`${lang}/`);
    await expect(page.locator('.key-facts dt')).toHaveCount(3);
    await expect(page.locator('.key-facts a.event-ref')).toHaveCount(6);
    await expect(page.locator('mp-timeline#tl-ratification')).toHaveClass(/is-enhanced/);
    expect(await page.locator('.cards > li').count()).toBeGreaterThanOrEqual(7);
  }
});

test.describe('the home page’s first screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const lang of ['es', 'en']) {
    test(`/${lang}/ shows the story, what the treaty requires, how current it is, the ways in and the lead graphic`, async ({ page }) => {
      await page.goto(`${lang}/`);
      const inFirstScreen = async (selector: string) => {
        const box = await page.locator(selector).first().boundingBox();
        expect(box, selector).not.toBeNull();
        expect(box!.y + Math.min(box!.height, 40), selector).toBeLessThanOrEqual(900);
      };
      for (const selector of ['h1', '.home__dek', '.home__obliges', '.home__stamp', '.home__ways a:nth-child(2)', '.home__graphic svg:visible']) await inFirstScreen(selector);
      await expect(page.locator('.home__ways a')).toHaveCount(2);
      // The stamp is no earlier than the latest event the explorer lists.
      const stamp = await page.locator('.home__stamp time').getAttribute('datetime');
      await page.goto(lang === 'es' ? 'es/cronologia/' : 'en/timeline/');
      const dates = await page.locator('.tl__list .entry__meta time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
      expect(stamp! >= [...dates].sort().at(-1)!, `${stamp} against ${dates.at(-1)}`).toBe(true);
    });
  }
});

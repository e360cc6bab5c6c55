/** Accessibility in a browser, on the sample of pages: axe in light and dark at 1280 and 360 px; keyboard, landmarks and headings on one page per template. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { browserSample, templateSample } from '../support/sample.ts';

async function axeViolations(page: Page, rules?: string[]) {
  const builder = new AxeBuilder({ page });
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('accessibility: axe on the sample, light and dark, 1280 and 360 px', () => {
  // axe is slow on a 2-core machine: a large page takes several seconds a run.
  test.describe.configure({ timeout: 120_000 });
  for (const { name, path } of browserSample()) {
    test(`${name}: /${path}`, async ({ page }) => {
      await page.goto(path === '' ? 'es/' : path);
      for (const [width, height] of [
        [1280, 900],
        [360, 780],
      ]) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: 'light' });
        await page.waitForTimeout(50);
        expect(await axeViolations(page), `${width}px light`).toEqual([]);
        // The dark scheme changes colours only, not the document: its own check is contrast.
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.waitForTimeout(50);
        expect(await axeViolations(page, ['color-contrast', 'link-in-text-block']), `${width}px dark`).toEqual([]);
      }
    });
  }
});

/** Landmarks and headings of a page, in document order. */
function outline(page: Page) {
  return page.evaluate(() => ({
    landmarks: {
      banner: document.querySelectorAll('body > header').length,
      nav: document.querySelectorAll('nav').length,
      main: document.querySelectorAll('main').length,
      contentinfo: document.querySelectorAll('body > footer').length,
    },
    headings: [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')]
      .filter((h) => (h as HTMLElement).offsetParent !== null || getComputedStyle(h).display !== 'none')
      .map((h) => Number(h.tagName[1])),
  }));
}

test.describe('keyboard, landmarks and headings, one page per template', () => {
  for (const { name, path } of templateSample('es')) {
    test(`${name}: /${path}`, async ({ page }) => {
      await page.goto(path);
      const { landmarks, headings } = await outline(page);
      expect(landmarks).toEqual({ banner: 1, nav: expect.any(Number), main: 1, contentinfo: 1 });
      expect(landmarks.nav).toBeGreaterThanOrEqual(1);
      expect(headings[0]).toBe(1);
      expect(headings.filter((h) => h === 1)).toHaveLength(1);
      for (let i = 1; i < headings.length; i += 1) expect(headings[i] - headings[i - 1], `heading levels ${headings.join(',')}`).toBeLessThanOrEqual(1);

      // Tab through the page: every control it stops on is one the reader can see, with a visible focus indicator.
      const reachable = new Set<string>();
      for (let i = 0; i < 250; i += 1) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const ring = el.querySelector('.tl-hit');
          const ringWidth = ring ? parseFloat(getComputedStyle(ring).strokeWidth) : 0;
          const box = el.getBoundingClientRect();
          return {
            key: `${el.tagName}:${el.getAttribute('href') ?? el.getAttribute('data-id') ?? el.id ?? el.textContent?.trim().slice(0, 30)}`,
            focusVisible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || ringWidth >= 3,
            visible: box.width > 0 && box.height > 0,
          };
        });
        if (!info) break;
        if (reachable.has(info.key) && reachable.size > 3) break;
        reachable.add(info.key);
        expect(info.visible, `${info.key} is focused but not visible`).toBe(true);
        expect(info.focusVisible, `${info.key} has no visible focus indicator`).toBe(true);
      }
      expect(reachable.size).toBeGreaterThan(3);
    });
  }

  test('every interactive control of the explorer is reachable by keyboard and works', async ({ page }) => {
    await page.goto('en/timeline/');
    const controls = page.locator('mp-timeline button:visible, mp-timeline input:visible');
    const count = await controls.count();
    expect(count).toBeGreaterThan(8);
    const seen = new Set<string>();
    for (let i = 0; i < 120 && seen.size < count; i += 1) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('mp-timeline') && (el.tagName === 'BUTTON' || el.tagName === 'INPUT') ? el.outerHTML.slice(0, 80) : null;
      });
      if (id) seen.add(id);
    }
    expect(seen.size).toBe(count);
    // A filter toggled from the keyboard.
    await page.locator('button.tl__filter').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('button.tl__filter').first()).toHaveAttribute('aria-pressed', 'false');
  });
});

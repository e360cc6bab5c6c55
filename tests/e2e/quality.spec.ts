import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { PAGE_TYPES as TYPES, sweepPages } from '../support/pageTypes.ts';
import { builtPages, ORIGIN, OUT_DIR } from '../support/site.ts';

const pages = builtPages();
const editions = pages.filter((p) => /^(es|en)\//.test(p));

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes <meta ... /> and <br /> (valid HTML); attribute order and inline SVG sizing are not errors.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Custom elements (<mp-timeline>, <share-bar>, <site-search>) are valid autonomous elements.
    'no-unknown-elements': 'off',
    // Long Spanish compound titles and the share bar's "Compartir…" are fine as written.
    'long-title': 'off',
    'no-redundant-role': 'off',
  },
});

test.describe('valid HTML', () => {
  for (const page of pages) {
    test(`/${page} has no html-validate error`, async () => {
      const file = path.join(OUT_DIR, page.endsWith('.html') ? page : `${page}index.html`);
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
      expect(errors).toEqual([]);
    });
  }
});

async function axeViolations(page: Page, rules?: string[]) {
  const builder = new AxeBuilder({ page });
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('accessibility: axe on every page, light and dark, 1280 and 360 px', () => {
  // axe is slow on a 2-core machine: a large page takes several seconds a run.
  test.describe.configure({ timeout: 120_000 });
  // Embeds share two templates: a sample of each (embed.spec.ts checks them in a host page).
  for (const page of sweepPages(pages)) {
    test(`/${page}`, async ({ page: tab }) => {
      await tab.goto(page === '' ? 'es/' : page);
      for (const [width, height] of [
        [1280, 900],
        [360, 780],
      ]) {
        await tab.setViewportSize({ width, height });
        await tab.emulateMedia({ colorScheme: 'light' });
        await tab.waitForTimeout(50);
        expect(await axeViolations(tab), `${width}px light`).toEqual([]);
        // The dark scheme changes colours only, not the document: its own check is contrast.
        await tab.emulateMedia({ colorScheme: 'dark' });
        await tab.waitForTimeout(50);
        expect(await axeViolations(tab, ['color-contrast', 'link-in-text-block']), `${width}px dark`).toEqual([]);
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

test.describe('keyboard, landmarks and headings on every page type', () => {
  for (const [type, pattern] of Object.entries(TYPES)) {
    const sample = editions.filter((p) => pattern.test(p)).slice(0, 2);
    for (const page of sample) {
      test(`${type}: /${page}`, async ({ page: tab }) => {
        await tab.goto(page);
        const { landmarks, headings } = await outline(tab);
        expect(landmarks).toEqual({ banner: 1, nav: expect.any(Number), main: 1, contentinfo: 1 });
        expect(landmarks.nav).toBeGreaterThanOrEqual(1);
        expect(headings[0]).toBe(1);
        expect(headings.filter((h) => h === 1)).toHaveLength(1);
        for (let i = 1; i < headings.length; i += 1) expect(headings[i] - headings[i - 1], `heading levels ${headings.join(',')}`).toBeLessThanOrEqual(1);

        // Tab through the page: every control it stops on is one the reader can see, with a visible focus indicator.
        const reachable = new Set<string>();
        for (let i = 0; i < 250; i += 1) {
          await tab.keyboard.press('Tab');
          const info = await tab.evaluate(() => {
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

test('external links never open a new tab without rel="noopener noreferrer"', () => {
  for (const page of pages) {
    const html = readFileSync(path.join(OUT_DIR, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
    for (const [tag] of html.matchAll(/<a\b[^>]*target="_blank"[^>]*>/g)) {
      expect(tag, page).toMatch(/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/);
    }
  }
});

test('search runs under the Content-Security-Policy, with no violation', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(ORIGIN) && !r.url().startsWith('data:')) problems.push(`foreign request: ${r.url()}`);
  });
  await page.goto('es/buscar/?q=tratado');
  await expect(page.locator('site-search [data-results] a').first()).toBeVisible();
  expect(problems).toEqual([]);
});

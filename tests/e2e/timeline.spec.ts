import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BASE_PATH } from '../support/site.ts';
import { focusedEvent, overlapping, visibleLabelBoxes, visibleWindow } from './support/timeline.ts';

const EXPLORER = { es: 'es/cronologia/', en: 'en/timeline/' };
const timeline = (page: Page) => page.locator('mp-timeline.tl--explorer');

/** Tabs to the timeline's event; on the way, focus never rests on the drawing itself (a dead stop). */
async function tabToTimeline(page: Page) {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    if (await focusedEvent(page)) return;
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('svg');
  }
  throw new Error('Tab never reached the timeline');
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the explorer shows the drawing and the list, and every event is one click away', async ({ page, request }) => {
    await page.goto(EXPLORER.es);
    const svg = page.locator('mp-timeline svg.tl-svg');
    await expect(svg).toBeVisible();
    const markers = svg.locator('a.tl-ev');
    const items = page.locator('.tl__list > li');
    expect(await markers.count()).toBeGreaterThanOrEqual(36);
    await expect(items).toHaveCount(await markers.count());
    // The toolbar needs the script, so it is not shown.
    await expect(page.locator('[data-toolbar]').first()).toBeHidden();

    // A marker leads to its list entry; the entry leads to the event's page.
    const href = await markers.nth(0).getAttribute('href');
    expect(href).toMatch(/^#[a-z0-9-]+$/);
    await expect(page.locator(href!)).toHaveCount(1);
    for (const link of await page.locator('.tl__list .entry__title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect((await request.get(link)).status()).toBe(200);
    }
  });

  test('on an event page, the small timeline’s markers lead to their events’ pages', async ({ page, request }) => {
    await page.goto('es/cronologia/treaty-signed/');
    const hrefs = await page.locator('mp-timeline a.tl-ev').evaluateAll((as) => as.map((a) => (a as SVGAElement).href.baseVal));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      expect(href).toMatch(new RegExp(`^${BASE_PATH}es/cronologia/[a-z0-9-]+/$`));
      expect((await request.get(href)).status()).toBe(200);
    }
  });

  test('a deep link lands on the event’s list entry', async ({ page }) => {
    await page.goto(`${EXPLORER.en}#vostochny-summit`);
    await expect(page.locator('#vostochny-summit')).toBeInViewport();
    await expect(page.locator('#vostochny-summit .entry__title')).toContainText('Vostochny');
  });
});

test.describe('the keyboard journey', () => {
  test('Tab reaches the timeline; arrows, Home, End, Enter, Esc and +/− work', async ({ page }) => {
    await page.goto(EXPLORER.es);
    const tl = timeline(page);
    await expect(tl).toHaveClass(/is-enhanced/);
    const order = await tl.locator('a.tl-ev').evaluateAll((as) => as.map((a) => a.getAttribute('data-id')));

    await tabToTimeline(page);
    expect(await focusedEvent(page)).toBe(order[0]);
    await page.keyboard.press('ArrowRight');
    expect(await focusedEvent(page)).toBe(order[1]);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedEvent(page)).toBe(order[0]);
    await page.keyboard.press('End');
    expect(await focusedEvent(page)).toBe(order.at(-1));
    await page.keyboard.press('Home');
    expect(await focusedEvent(page)).toBe(order[0]);

    // The focus ring is drawn in the focus colour.
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.tl-hit')!).strokeWidth);
    expect(parseFloat(ring)).toBeGreaterThanOrEqual(3);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const details = tl.locator('[data-details]');
    await expect(details).toBeVisible();
    const title = await tl.locator(`#${order[1]} .entry__title`).textContent();
    await expect(details).toContainText(title!.trim());
    await expect(page).toHaveURL(new RegExp(`#${order[1]}$`));
    expect(await focusedEvent(page)).toBe(order[1]);

    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();

    // Esc from inside the details closes them and puts focus back on their event.
    await page.keyboard.press('Enter');
    await expect(details).toBeVisible();
    await details.locator('[data-close]').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    expect(await focusedEvent(page)).toBe(order[1]);

    const before = await visibleWindow(tl);
    await page.keyboard.press('+');
    await expect.poll(async () => (await visibleWindow(tl))[1] - (await visibleWindow(tl))[0]).toBeLessThan(before[1] - before[0]);
    const zoomed = await visibleWindow(tl);
    await page.keyboard.press('-');
    await expect.poll(async () => (await visibleWindow(tl))[1] - (await visibleWindow(tl))[0]).toBeGreaterThan(zoomed[1] - zoomed[0]);
  });

  test('the focused event’s label stays whole, inside the drawing, at both ends', async ({ page }) => {
    await page.goto(EXPLORER.en);
    await tabToTimeline(page);
    for (const key of ['End', 'Home', 'End', 'ArrowLeft']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(350);
      // Every line's glyphs, from the first to the last visible one, lie inside the drawing.
      const fits = await page.evaluate(() => {
        const width = document.activeElement!.closest('svg')!.width.baseVal.value;
        return [...document.activeElement!.querySelectorAll<SVGTSpanElement>('.tl-label tspan')].every((line) => {
          const last = line.textContent!.trimEnd().length - 1;
          return line.getStartPositionOfChar(0).x >= -0.5 && line.getEndPositionOfChar(last).x <= width + 0.5;
        });
      });
      expect(fits, `label of the event after ${key}`).toBe(true);
    }
  });

  test('the focused event stays in view, even after zooming far in', async ({ page }) => {
    await page.goto(EXPLORER.en);
    const tl = timeline(page);
    await tabToTimeline(page);
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('+');
    await page.waitForTimeout(400);
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('ArrowRight');
      // The view pans (animated) until the focused marker is inside the drawing.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const el = document.activeElement!.querySelector('.tl-mark')!;
            const box = el.getBoundingClientRect();
            const svg = el.closest('svg')!.getBoundingClientRect();
            return box.left >= svg.left && box.right <= svg.right;
          }),
        )
        .toBe(true);
    }
    await expect(tl).toHaveAttribute('data-window', /\d+ \d+/);
  });
});

test.describe('deep links', () => {
  test('on load: the event opens and is centred in view', async ({ page }) => {
    await page.goto(`${EXPLORER.es}#duma-ratifies`);
    const tl = timeline(page);
    await expect(tl.locator('[data-details]')).toBeVisible();
    await expect(tl.locator('[data-details]')).toContainText('Duma');
    await expect(tl.locator('a.tl-ev[data-id="duma-ratifies"]')).toHaveClass(/is-selected/);
    const [a, b] = await visibleWindow(tl);
    const t = Date.UTC(2024, 9, 24);
    expect(a).toBeLessThan(t);
    expect(b).toBeGreaterThan(t);
    // Zoomed in: far less than the whole history is on screen.
    expect(b - a).toBeLessThan(10 * 365 * 86_400_000);
    // The reader sees the timeline and the details, not only the list entry the browser jumped to.
    await expect(tl.locator('svg.tl-svg')).toBeInViewport();
  });

  test('on hashchange: a pasted link and back/forward are followed', async ({ page }) => {
    await page.goto(EXPLORER.en);
    const details = timeline(page).locator('[data-details]');
    await page.evaluate(() => (location.hash = '#treaty-signed'));
    await expect(details).toContainText('Pyongyang');
    await page.evaluate(() => (location.hash = '#vostochny-summit'));
    await expect(details).toContainText('Vostochny');
    await page.goBack();
    await expect(details).toContainText('Pyongyang');
    await expect(page).toHaveURL(/#treaty-signed$/);
  });

  test('selecting events replaces the fragment instead of piling up history', async ({ page }) => {
    await page.goto(EXPLORER.en);
    const length = await page.evaluate(() => history.length);
    const markers = timeline(page).locator('a.tl-ev');
    await timeline(page).locator('[data-zoom="reset"]').click();
    for (const id of ['treaty-1961', 'korean-war', 'treaty-2000']) {
      await markers.and(page.locator(`[data-id="${id}"]`)).dispatchEvent('click');
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
    }
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  test('a hostile or unknown fragment changes nothing and runs nothing', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    for (const hash of ['#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '#no-such-event', '#"><svg onload=alert(1)>', '#%E0%A4%A']) {
      await page.goto(`${EXPLORER.es}${hash}`);
      const tl = timeline(page);
      await expect(tl).toHaveClass(/is-enhanced/);
      await expect(tl.locator('[data-details]')).toBeHidden();
      expect(await page.locator('mp-timeline img, mp-timeline [onerror], mp-timeline [onload]').count()).toBe(0);
    }
    await page.goto(EXPLORER.es);
    await page.evaluate(() => (location.hash = '#<img src=x onerror=alert(1)>'));
    await page.waitForTimeout(200);
    await expect(timeline(page).locator('[data-details]')).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('an event page links back to the explorer, focused on it', async ({ page }) => {
    await page.goto('es/cronologia/federation-council-approves/');
    await page.getByRole('link', { name: /cronología completa/ }).click();
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}es/cronologia/#federation-council-approves$`));
    await expect(timeline(page).locator('[data-details]')).toContainText('Consejo de la Federación');
  });
});

test.describe('filters', () => {
  test('category toggles and the text filter hide and show events', async ({ page }) => {
    await page.goto(EXPLORER.es);
    const tl = timeline(page);
    const war = tl.locator('a.tl-ev[data-cat="war"]');
    const warItems = tl.locator('.tl__list > li[data-category="war"]');
    const total = await tl.locator('a.tl-ev').count();
    const wars = await war.count();
    expect(wars).toBeGreaterThan(0);

    const toggle = tl.locator('button.tl__filter[data-category="war"]');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(war.first()).toBeHidden();
    await expect(warItems.first()).toBeHidden();
    await expect(tl.locator('[data-count]')).toHaveText(`${total - wars} de ${total} hechos`);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(warItems.first()).toBeVisible();

    await tl.locator('input[data-query]').fill('vostochny');
    await expect(tl.locator('[data-count]')).toHaveText(new RegExp(`^[1-9] de ${total} hechos$`));
    await expect(tl.locator('.tl__list > li:visible')).not.toHaveCount(0);
    for (const text of await tl.locator('.tl__list > li:visible').allTextContents()) expect(text.toLowerCase()).toContain('vostochny');
    await tl.locator('input[data-query]').fill('zzzz no match');
    await expect(tl.locator('[data-empty]')).toBeVisible();
    await tl.locator('input[data-query]').fill('');
    await expect(tl.locator('.tl__list > li:visible')).toHaveCount(total);
  });
});

test.describe('zoom and pan', () => {
  test('the zoom buttons change the visible window, and reset shows it all', async ({ page }) => {
    await page.goto(EXPLORER.en);
    const tl = timeline(page);
    const full = await visibleWindow(tl);
    await tl.locator('[data-zoom="in"]').click();
    await expect.poll(async () => (await visibleWindow(tl))[1] - (await visibleWindow(tl))[0]).toBeLessThan((full[1] - full[0]) * 0.7);
    await tl.locator('[data-zoom="out"]').click();
    await tl.locator('[data-zoom="in"]').click();
    await tl.locator('[data-zoom="reset"]').click();
    await expect.poll(() => visibleWindow(tl)).toEqual(full);
  });

  test('the zoom buttons zoom around the middle of the view', async ({ page }) => {
    await page.goto(EXPLORER.en);
    const tl = timeline(page);
    const [a, b] = await visibleWindow(tl);
    for (let i = 0; i < 3; i += 1) {
      await tl.locator('[data-zoom="in"]').click();
      await page.waitForTimeout(350);
    }
    const [c, d] = await visibleWindow(tl);
    expect(d - c).toBeLessThan((b - a) / 3);
    expect(Math.abs((c + d) / 2 - (a + b) / 2)).toBeLessThan((d - c) * 0.05);
  });

  test('spans outside the visible window are not drawn', async ({ page }) => {
    await page.goto(`${EXPLORER.en}#soviet-entry-korea`);
    const tl = timeline(page);
    await expect(tl.locator('[data-details]')).toBeVisible();
    await page.waitForTimeout(400);
    const stray = await tl.evaluate((el) => {
      const [w0, w1] = el.getAttribute('data-window')!.split(' ').map(Number);
      const svg = el.querySelector('svg')!.getBoundingClientRect();
      return [...el.querySelectorAll<SVGAElement>('a.tl-ev')]
        .filter((a) => a.querySelector('.tl-span'))
        .filter((a) => {
          const r = a.querySelector('.tl-span')!.getBoundingClientRect();
          const drawn = r.width > 0 && r.right > svg.left && r.left < svg.right;
          return drawn && !(Number(a.dataset.t) <= w1 && Number(a.dataset.t2) >= w0);
        })
        .map((a) => a.dataset.id);
    });
    expect(await tl.locator('a.tl-ev .tl-span').count()).toBeGreaterThan(1);
    expect(stray).toEqual([]);
  });

  test('zooming out never goes past the data', async ({ page }) => {
    await page.goto(EXPLORER.en);
    const tl = timeline(page);
    const full = await visibleWindow(tl);
    for (let i = 0; i < 3; i += 1) await tl.locator('[data-zoom="out"]').click();
    await page.waitForTimeout(400);
    expect(await visibleWindow(tl)).toEqual(full);
  });

  test('a plain wheel scrolls the page; Ctrl + wheel zooms', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 600 });
    await page.goto(EXPLORER.en);
    const tl = timeline(page);
    const svg = tl.locator('svg.tl-svg');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const window = await visibleWindow(tl);
    const scroll = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scroll);
    expect(await visibleWindow(tl)).toEqual(window);

    const box2 = (await svg.boundingBox())!;
    await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await visibleWindow(tl))[1] - (await visibleWindow(tl))[0]).toBeLessThan(window[1] - window[0]);
  });

  test('dragging pans the window', async ({ page }) => {
    await page.goto(EXPLORER.en);
    const tl = timeline(page);
    await tl.locator('[data-zoom="in"]').click();
    await tl.locator('[data-zoom="in"]').click();
    await page.waitForTimeout(400);
    const before = await visibleWindow(tl);
    const box = (await tl.locator('svg.tl-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + 40, { steps: 5 });
    await page.mouse.up();
    const after = await visibleWindow(tl);
    expect(after[0]).toBeLessThan(before[0]);
    expect(after[1] - after[0]).toBeCloseTo(before[1] - before[0], -6);
  });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  for (const path of [EXPLORER.es, EXPLORER.en, 'en/', 'es/cronologia/treaty-signed/']) {
    test(`${path}: visible labels never overlap, targets are 24 px or more, nothing scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      const tl = page.locator('mp-timeline').first();
      await expect(tl).toHaveClass(/is-enhanced/);
      expect(overlapping(await visibleLabelBoxes(tl))).toEqual([]);
      const hit = (await tl.locator('a.tl-ev .tl-hit').first().boundingBox())!;
      expect(Math.min(hit.width, hit.height)).toBeGreaterThanOrEqual(24);
      for (const button of await tl.locator('[data-toolbar] button').all()) {
        const b = (await button.boundingBox())!;
        expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(24);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // Zoomed in, the labels are placed again and still do not overlap.
      await tl.locator('[data-zoom="in"]').click();
      await tl.locator('[data-zoom="in"]').click();
      await page.waitForTimeout(400);
      expect(overlapping(await visibleLabelBoxes(tl))).toEqual([]);
    });
  }
});

test.describe('the details panel on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  test('the entry takes the panel’s full width', async ({ page }) => {
    await page.goto(`${EXPLORER.es}#federation-council-approves`);
    const details = timeline(page).locator('[data-details]');
    await expect(details).toBeVisible();
    const [panel, entry] = await Promise.all([details.evaluate((el) => el.clientWidth), details.locator('.entry').evaluate((el) => el.getBoundingClientRect().width)]);
    expect(entry).toBeGreaterThan(panel * 0.85);
  });
});

/** Clicks "zoom in" and records every visible window the timeline passes through. */
async function zoomSteps(page: Page): Promise<number> {
  const tl = timeline(page);
  await tl.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => seen.push(el.getAttribute('data-window')!)).observe(el, { attributeFilter: ['data-window'] });
  });
  await tl.locator('[data-zoom="in"]').click();
  await page.waitForTimeout(700);
  return page.evaluate(() => new Set((window as unknown as { seen: string[] }).seen).size);
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('zooming jumps at once, with no transition', async ({ page }) => {
    await page.goto(EXPLORER.en);
    expect(await zoomSteps(page)).toBe(1);
  });
});

test.describe('without reduced motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('zooming is animated', async ({ page }) => {
    await page.goto(EXPLORER.en);
    expect(await zoomSteps(page)).toBeGreaterThan(3);
  });
});

test.describe('accessibility', () => {
  for (const path of [EXPLORER.es, EXPLORER.en, 'es/cronologia/vostochny-summit/', 'en/timeline/zelensky-11000-troops/']) {
    test(`axe finds no violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('mp-timeline').first()).toHaveClass(/is-enhanced/);
      // With the experimental rule that the visible label is part of the accessible name (speech input).
      const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }

  test('each event marker is announced with its date, title and status', async ({ page }) => {
    await page.goto(EXPLORER.en);
    const label = await page.locator('a.tl-ev[data-id="zelensky-losses"]').getAttribute('aria-label');
    expect(label).toMatch(/^7 Nov 2024 Zelensky: first losses\. 7 November 2024: .+\. Claimed, unconfirmed \(according to Volodymyr Zelensky\)$/);
  });
});

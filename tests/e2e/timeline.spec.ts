/**
 * The timeline in a browser: what a reader needs a browser for, on one page per template (the
 * explorer, an article, an event page) and named edge cases. Layout, labels and drawings are
 * checked without a browser (tests/unit/lib/timeline/, tests/unit/components/).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { drawingWidth, READER_WIDTHS } from '../../src/lib/timeline/planTimeline.ts';
import { BASE_PATH } from '../support/site.ts';
import { focusedEvent, layoutShifts, overlapping, unlabelledKeyEvents, visibleLabelBoxes, visibleWindow, watchLayoutShifts, windowSpan } from './support/timeline.ts';

const EXPLORER = { es: 'es/cronologia/', en: 'en/timeline/' };
const ARTICLE = 'es/articulos/la-ratificacion/';
const EVENT_PAGE = 'es/cronologia/treaty-signed/';
const YEAR = 365.25 * 86_400_000;
const timeline = (page: Page) => page.locator('mp-timeline.tl--explorer');

/** Tabs to the timeline's stop; on the way, focus never rests on the drawing itself (a dead stop). */
async function tabToTimeline(page: Page) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await focusedEvent(page)) return;
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('svg');
  }
  throw new Error('Tab never reached the timeline');
}

/** Whether the focused marker is drawn inside its drawing. */
function focusedInView(page: Page) {
  return page.evaluate(() => {
    const box = document.activeElement!.querySelector('.tl-mark')!.getBoundingClientRect();
    const svg = document.activeElement!.closest('svg')!.getBoundingClientRect();
    return box.left >= svg.left && box.right <= svg.right;
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the explorer shows the drawing, the overview and the list; every event is one click away', async ({ page, request }) => {
    await page.goto(EXPLORER.es);
    const svg = page.locator('mp-timeline svg.tl-svg');
    await expect(svg).toBeVisible();
    const markers = svg.locator('a.tl-ev');
    const items = page.locator('.tl__list > li');
    await expect(items).toHaveCount(await markers.count());
    // Controls that need the script take no room at all.
    for (const el of await page.locator('.tl-enhanced-only').all()) await expect(el).toBeHidden();
    // The overview is a picture of every decade, saying which stretch the drawing shows.
    await expect(page.getByRole('img', { name: /^Vista general, 1945–2026; la cronología muestra de .+ de 2022 a .+ de 2026$/ })).toBeVisible();

    // A marker, and a cluster standing for several, lead to list entries; entries lead to pages.
    const href = await svg.locator('a.tl-ev:not(.is-clustered):not(.is-out)').first().getAttribute('href');
    expect(href).toMatch(/^#[a-z0-9-]+$/);
    await expect(page.locator(href!)).toHaveCount(1);
    const cluster = svg.locator('a.tl-cluster').first();
    await expect(cluster).toHaveAttribute('href', /^#[a-z0-9-]+$/);
    await expect(page.locator((await cluster.getAttribute('href'))!)).toHaveCount(1);
    const links = await page.locator('.tl__list .entry__title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links.slice(0, 5)) expect((await request.get(link)).status()).toBe(200);
  });

  test('on an event page, the small timeline’s markers lead to their events’ pages', async ({ page, request }) => {
    await page.goto(EVENT_PAGE);
    const hrefs = await page.locator('mp-timeline a.tl-ev, mp-timeline a.tl-cluster').evaluateAll((as) => as.map((a) => (a as SVGAElement).href.baseVal));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of new Set(hrefs)) {
      expect(href).toMatch(new RegExp(`^${BASE_PATH}es/cronologia/[a-z0-9-]+/$`));
      expect((await request.get(href)).status()).toBe(200);
    }
  });

  test('a deep link lands on the event’s list entry; a confirmed claim links to what confirmed it', async ({ page }) => {
    await page.goto(`${EXPLORER.en}#vostochny-summit`);
    await expect(page.locator('#vostochny-summit')).toBeInViewport();
    await expect(page.locator('#vostochny-summit .entry__title')).toContainText('Vostochny');
    const confirmed = page.locator('#nis-troops-report .tl__confirmed');
    await expect(confirmed).toContainText(/^Confirmed on 28 April 2025:/);
    await expect(confirmed.locator('a')).toHaveAttribute('href', '#pyongyang-confirms-troops');
  });
});

test.describe('the drawing is as wide as the layout planned', () => {
  for (const viewport of READER_WIDTHS) {
    test(`at ${viewport} px: the explorer, an article and an event page draw at planTimeline's widths`, async ({ page }) => {
      await page.setViewportSize({ width: viewport, height: 800 });
      for (const [path, kind] of [[EXPLORER.es, 'explorer'], [ARTICLE, 'embed'], [EVENT_PAGE, 'around']] as const) {
        await page.goto(path);
        const scroller = page.locator('mp-timeline .tl__scroller').first();
        expect(await scroller.evaluate((el) => el.clientWidth), `${path} at ${viewport} px`).toBe(drawingWidth(kind, viewport));
      }
    });
  }
});

test.describe('it opens on the story', () => {
  test('the explorer opens on 2022 to the latest event, and says what is in view and in all', async ({ page }) => {
    await watchLayoutShifts(page);
    await page.goto(EXPLORER.es);
    const tl = timeline(page);
    await expect(tl).toHaveClass(/is-enhanced/);
    const [a, b] = await visibleWindow(tl);
    expect(new Date(a).getUTCFullYear()).toBe(2022);
    expect(b).toBeGreaterThanOrEqual(Date.UTC(2026, 2, 16));
    const total = await tl.locator('a.tl-ev').count();
    const inView = await tl.locator('a.tl-ev').evaluateAll((as, [w0, w1]) => as.filter((el) => Number(el.getAttribute('data-t')) >= w0 && Number(el.getAttribute('data-t')) <= w1).length, [a, b]);
    const count = tl.locator('[data-count]');
    await expect(count).toHaveText(`${inView} en la vista · ${total} en total`);
    await expect(count).toHaveAttribute('aria-live', 'polite');
    // Every key event in view is labelled, and nothing moved when the script took over.
    expect(await unlabelledKeyEvents(tl)).toEqual([]);
    expect(await layoutShifts(page)).toBe(0);
  });

  test('an article and an event page open on their own windows, with nothing moving when the script takes over', async ({ page }) => {
    await watchLayoutShifts(page);
    for (const path of [ARTICLE, EVENT_PAGE]) {
      await page.goto(path);
      const tl = page.locator('mp-timeline').first();
      await expect(tl).toHaveClass(/is-enhanced/);
      expect(await unlabelledKeyEvents(tl)).toEqual([]);
      expect(await layoutShifts(page), path).toBe(0);
    }
  });
});

test.describe('the keyboard journey', () => {
  test('Tab lands in view; arrows, Home, End, Enter, Esc and +/− work, and what opens is said', async ({ page }) => {
    await page.goto(EXPLORER.es);
    const tl = timeline(page);
    await expect(tl).toHaveClass(/is-enhanced/);
    await tabToTimeline(page);
    const first = await focusedEvent(page);
    expect(await focusedInView(page)).toBe(true);

    await page.keyboard.press('Home');
    await expect.poll(() => focusedInView(page)).toBe(true);
    expect(await focusedEvent(page)).toBe('soviet-entry-korea');
    await page.keyboard.press('ArrowRight');
    expect(await focusedEvent(page)).toBe('dprk-proclaimed');
    await page.keyboard.press('End');
    await expect.poll(() => focusedInView(page)).toBe(true);
    expect(await focusedEvent(page)).toBe('kim-inspects-museum');
    expect(first).not.toBeNull();

    // The focus ring is drawn in the focus colour.
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.tl-hit')!).strokeWidth);
    expect(parseFloat(ring)).toBeGreaterThanOrEqual(3);

    const marker = tl.locator('a.tl-ev[data-id="kim-inspects-museum"]');
    await expect(marker).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    const details = tl.locator('[data-details]');
    await expect(details).toBeVisible();
    await expect(marker).toHaveAttribute('aria-expanded', 'true');
    await expect(tl.locator('[data-announce]')).toHaveText(/^Detalles abiertos: .*museo/);
    await expect(page).toHaveURL(/#kim-inspects-museum$/);

    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    await expect(marker).toHaveAttribute('aria-expanded', 'false');

    // Esc from inside the details closes them and puts focus back on their event.
    await page.keyboard.press('Enter');
    await details.locator('[data-close]').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    expect(await focusedEvent(page)).toBe('kim-inspects-museum');

    const before = await windowSpan(tl);
    await page.keyboard.press('+');
    await expect.poll(() => windowSpan(tl)).toBeLessThan(before);
    const zoomed = await windowSpan(tl);
    await page.keyboard.press('-');
    await expect.poll(() => windowSpan(tl)).toBeGreaterThan(zoomed);
  });

  test('after zooming and dragging, Tab lands on an event in view (the tab stop follows the window)', async ({ page }) => {
    await page.goto(EXPLORER.en);
    const tl = timeline(page);
    await tabToTimeline(page);
    await page.keyboard.press('Home');
    await page.locator('h1').click();
    // Drag the view far to the right of the remembered event.
    await tl.locator('[data-zoom="in"]').click();
    const box = (await tl.locator('svg.tl-svg').boundingBox())!;
    for (let i = 0; i < 3; i += 1) {
      await page.mouse.move(box.x + box.width - 20, box.y + 60);
      await page.mouse.down();
      await page.mouse.move(box.x + 20, box.y + 60, { steps: 6 });
      await page.mouse.up();
    }
    await page.locator('h1').click();
    await tabToTimeline(page);
    expect(await focusedInView(page)).toBe(true);
  });

  test('focus that lands on an event outside the view brings it into view', async ({ page }) => {
    await page.goto(EXPLORER.en);
    const tl = timeline(page);
    await expect(tl).toHaveClass(/is-enhanced/);
    // As a screen reader's cursor would: focus moved straight to an event of 1961.
    await tl.locator('a.tl-ev[data-id="treaty-1961"]').focus();
    await expect.poll(async () => (await visibleWindow(tl))[0]).toBeLessThan(Date.UTC(1961, 6, 6));
    await expect.poll(() => focusedInView(page)).toBe(true);
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

  test('a cluster says how many events it holds and when; Enter zooms to them', async ({ page }) => {
    await page.goto(EXPLORER.es);
    const tl = timeline(page);
    await expect(tl).toHaveClass(/is-enhanced/);
    const cluster = tl.locator('a.tl-cluster').filter({ has: page.locator('text') }).first();
    await expect(cluster).toHaveAttribute('aria-label', /^\d+ hechos, .*\d{4}$/);
    const members = (await cluster.getAttribute('data-members'))!.split(' ');
    const before = await windowSpan(tl);
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => windowSpan(tl)).toBeLessThan(before / 4);
    await page.waitForTimeout(400);
    const [a, b] = await visibleWindow(tl);
    for (const id of members) {
      const t = Number(await tl.locator(`a.tl-ev[data-id="${id}"]`).getAttribute('data-t'));
      expect(t >= a && t <= b, id).toBe(true);
    }
    // Focus stays on what now stands for the cluster's first member.
    expect(await focusedEvent(page)).not.toBeNull();
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
    for (const id of ['treaty-1961', 'korean-war', 'treaty-2000']) {
      await timeline(page).locator(`a.tl-ev[data-id="${id}"]`).dispatchEvent('click');
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
    expect(errors).toEqual([]);
  });

  test('an event page links back to the explorer, focused on it', async ({ page }) => {
    await page.goto('es/cronologia/federation-council-approves/');
    await page.getByRole('link', { name: /cronología completa/ }).click();
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}es/cronologia/#federation-council-approves$`));
    await expect(timeline(page).locator('[data-details]')).toContainText('Consejo de la Federación');
  });
});

test.describe('what was known on a date', () => {
  test('?asof=2024-11-09 shows the troops in Kursk as claimed, later events stepped back; without it, confirmed', async ({ page }) => {
    await page.goto(`${EXPLORER.es}?asof=2024-11-09`);
    const tl = timeline(page);
    const troops = tl.locator('a.tl-ev[data-id="nis-troops-report"]');
    await expect(troops).toHaveClass(/tl-ev--claimed/);
    await expect(troops).toHaveAttribute('aria-label', /Afirmado, sin confirmar \(según Volodímir Zelenski\)$/);
    await expect(tl.locator('a.tl-ev[data-id="treaty-in-force"]')).toHaveClass(/is-later/);
    await expect(tl.locator('a.tl-ev[data-id="treaty-signed"]')).not.toHaveClass(/is-later/);
    await expect(tl.locator('button[data-asof="2024-11-09"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(tl.locator('[data-count]')).toHaveText(/ conocidos el 9 nov 2024$/);
    // The details say what was known that day, and link to what later confirmed it.
    await troops.dispatchEvent('click');
    await expect(tl.locator('[data-details] .tl__asof-status')).toHaveText('El 9 nov 2024: Afirmado, sin confirmar (según Volodímir Zelenski)');
    await expect(tl.locator('[data-details] .tl__confirmed a')).toHaveAttribute('href', '#pyongyang-confirms-troops');
    await tl.locator('[data-close]').click();

    // Back to today's data, from the control: the URL follows.
    await tl.locator('button[data-asof=""]').click();
    await expect(troops).toHaveClass(/tl-ev--confirmed/);
    await expect(tl.locator('a.tl-ev.is-later')).toHaveCount(0);
    await expect(page).not.toHaveURL(/asof=/);
    await tl.locator('button[data-asof="2024-12-04"]').click();
    await expect(page).toHaveURL(/\?asof=2024-12-04/);
    // The other edition opens on the same day.
    await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', `${BASE_PATH}en/timeline/?asof=2024-12-04`);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}en/timeline/\\?asof=2024-12-04$`));
    await expect(timeline(page).locator('button[data-asof="2024-12-04"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('without asof the troops are confirmed; an invalid asof is ignored', async ({ page }) => {
    for (const search of ['', '?asof=2024-02-30', '?asof=yesterday']) {
      await page.goto(`${EXPLORER.en}${search}`);
      const troops = timeline(page).locator('a.tl-ev[data-id="nis-troops-report"]');
      await expect(troops).toHaveClass(/tl-ev--confirmed/);
      await expect(troops).toHaveAttribute('aria-label', /\. Confirmed$/);
      await expect(timeline(page).locator('a.tl-ev.is-later')).toHaveCount(0);
    }
  });
});

test.describe('filters', () => {
  test('category toggles and the text filter hide and show events, and the count says so', async ({ page }) => {
    await page.goto(EXPLORER.es);
    const tl = timeline(page);
    const total = await tl.locator('a.tl-ev').count();
    const wars = await tl.locator('a.tl-ev[data-cat="war"]').count();
    const toggle = tl.locator('button.tl__filter[data-category="war"]');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(tl.locator('.tl__list > li[data-category="war"]').first()).toBeHidden();
    await expect(tl.locator('[data-count]')).toHaveText(new RegExp(`^\\d+ en la vista · ${total - wars} de ${total} con los filtros$`));
    await toggle.click();
    await expect(tl.locator('.tl__list > li[data-category="war"]').first()).toBeVisible();

    await tl.locator('input[data-query]').fill('vostochny');
    await expect(tl.locator('[data-count]')).toHaveText(new RegExp(`^\\d+ en la vista · [1-9] de ${total} con los filtros$`));
    for (const text of await tl.locator('.tl__list > li:visible').allTextContents()) expect(text.toLowerCase()).toContain('vostochny');
    await tl.locator('input[data-query]').fill('zzzz no match');
    await expect(tl.locator('[data-empty]')).toBeVisible();
    await tl.locator('input[data-query]').fill('');
    await expect(tl.locator('.tl__list > li:visible')).toHaveCount(total);
  });
});

test.describe('zoom and pan', () => {
  test('+ zooms toward the data: never into a stretch with no event; reset shows the whole period', async ({ page }) => {
    await page.goto(EXPLORER.en);
    const tl = timeline(page);
    await tl.locator('[data-zoom="reset"]').click();
    await expect.poll(() => windowSpan(tl)).toBeGreaterThan(75 * YEAR);
    for (let i = 0; i < 8; i += 1) {
      await tl.locator('[data-zoom="in"]').click();
      await page.waitForTimeout(300);
      const drawn = await tl.locator('a.tl-ev:not(.is-out)').evaluateAll((as, [w0, w1]) => as.filter((a) => Number(a.getAttribute('data-t')) >= w0 && Number(a.getAttribute('data-t')) <= w1).length, await visibleWindow(tl));
      expect(drawn, `after ${i + 1} clicks`).toBeGreaterThan(0);
    }
    await expect(tl.locator('[data-count]')).toHaveText(/^[1-9]\d* in view · \d+ in all$/);
  });

  test('panning and zooming out stop at the data, with a small margin', async ({ page }) => {
    await page.goto(EXPLORER.en);
    const tl = timeline(page);
    const bounds = (await tl.getAttribute('data-bounds'))!.split(' ').map(Number);
    const box = (await tl.locator('svg.tl-svg').boundingBox())!;
    await tl.locator('[data-zoom="reset"]').click();
    await tl.locator('[data-zoom="in"]').click();
    await page.waitForTimeout(400);
    for (let i = 0; i < 4; i += 1) {
      await page.mouse.move(box.x + 30, box.y + 60);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width - 30, box.y + 60, { steps: 5 });
      await page.mouse.up();
    }
    await page.waitForTimeout(100);
    const [a] = await visibleWindow(tl);
    expect(a).toBeGreaterThanOrEqual(bounds[0] - 1000);
    expect(a).toBeLessThan(Date.UTC(1946, 0, 1));
    for (let i = 0; i < 6; i += 1) await tl.locator('[data-zoom="out"]').click();
    await page.waitForTimeout(400);
    const [c, d] = await visibleWindow(tl);
    expect(c).toBeGreaterThanOrEqual(bounds[0] - 1000);
    expect(d).toBeLessThanOrEqual(bounds[1] + 1000);
  });

  test('a plain wheel scrolls the page; Ctrl + wheel zooms', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 600 });
    await page.goto(EXPLORER.en);
    const tl = timeline(page);
    const svg = tl.locator('svg.tl-svg');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const span = await windowSpan(tl);
    const scroll = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scroll);
    expect(await windowSpan(tl)).toBe(span);
    const box2 = (await svg.boundingBox())!;
    await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => windowSpan(tl)).toBeLessThan(span);
  });

  test('the overview: clicking it moves the window there; as a slider, arrows move it and its value is said in words', async ({ page }) => {
    await page.goto(EXPLORER.es);
    const tl = timeline(page);
    const strip = tl.locator('svg.tl-ov');
    const box = (await strip.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height / 2);
    const [a, b] = await visibleWindow(tl);
    expect(new Date((a + b) / 2).getUTCFullYear()).toBeLessThan(1970);
    const slider = tl.getByRole('slider', { name: 'Periodo mostrado' });
    await expect(slider).toHaveAttribute('aria-valuetext', /^de .+ de \d{4} a .+ de \d{4}$/);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await visibleWindow(tl))[0]).toBeGreaterThan(a);
    await page.keyboard.press('End');
    await expect.poll(async () => (await visibleWindow(tl))[1]).toBeGreaterThan(Date.UTC(2026, 2, 1));
  });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  for (const path of [EXPLORER.es, ARTICLE, EVENT_PAGE]) {
    test(`${path}: key events labelled, labels never overlap, targets 24 px or more, nothing scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      const tl = page.locator('mp-timeline').first();
      await expect(tl).toHaveClass(/is-enhanced/);
      expect(await unlabelledKeyEvents(tl)).toEqual([]);
      expect(overlapping(await visibleLabelBoxes(tl))).toEqual([]);
      const hit = (await tl.locator('a.tl-ev:not(.is-clustered):not(.is-out) .tl-hit').first().boundingBox())!;
      expect(Math.min(hit.width, hit.height)).toBeGreaterThanOrEqual(24);
      for (const button of await tl.locator('[data-toolbar] button:visible').all()) {
        const b = (await button.boundingBox())!;
        expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(24);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // Touch help, not keyboard help.
      await expect(tl.locator('.tl__hint-touch')).toBeAttached();
      expect(await tl.locator('.tl__hint-keys').evaluate((el) => getComputedStyle(el).display)).toBe('none');
      // Zoomed in, the labels are placed again and still do not overlap.
      await tl.locator('[data-zoom="in"]').click();
      await tl.locator('[data-zoom="in"]').click();
      await page.waitForTimeout(400);
      expect(overlapping(await visibleLabelBoxes(tl))).toEqual([]);
    });
  }

  test('a word longer than the screen in an entry wraps; the header is one row and a compact second', async ({ page }) => {
    await page.goto(EXPLORER.es);
    await page.locator('.tl__list .entry__summary').first().evaluate((p) => (p.textContent = `${'Pionyang'.repeat(60)} ${p.textContent}`));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // Rows: elements whose vertical middles are within 12 px of each other share one.
    const middles = await page.locator('.site-header__bar > *').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => r.top + r.height / 2));
    const rows = middles.sort((a, b) => a - b).filter((m, i, all) => i === 0 || m - all[i - 1] > 12).length;
    expect(rows).toBeLessThanOrEqual(2);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThan(110);
  });

  test('a deep link opens the details as a sheet, with the event’s marker above it', async ({ page }) => {
    await page.goto(`${EXPLORER.es}#nis-troops-report`);
    const tl = timeline(page);
    const details = tl.locator('[data-details]');
    await expect(details).toBeInViewport();
    const marker = tl.locator('a.tl-ev[data-id="nis-troops-report"] .tl-mark');
    await expect.poll(async () => {
      const [m, d] = [(await marker.boundingBox())!, (await details.boundingBox())!];
      return m.y >= 0 && m.y + m.height <= d.y;
    }).toBe(true);
  });

  test('a tapped marker opens its details in view, with the marker still in sight', async ({ page }) => {
    await page.goto(EXPLORER.es);
    const tl = timeline(page);
    await expect(tl).toHaveClass(/is-enhanced/);
    const marker = tl.locator('a.tl-ev[data-id="treaty-signed"]');
    await marker.locator('.tl-hit').tap();
    const details = tl.locator('[data-details]');
    await expect(details).toBeInViewport();
    await expect.poll(async () => {
      const [m, d] = [(await marker.locator('.tl-mark').boundingBox())!, (await details.boundingBox())!];
      return m.y >= 0 && m.y + m.height <= d.y;
    }).toBe(true);
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
  for (const [path, then] of [
    [EXPLORER.es, ''],
    [`${EXPLORER.en}?asof=2024-11-09#nis-troops-report`, 'with details open, as of 9 November 2024'],
    ['en/timeline/zelensky-11000-troops/', ''],
  ] as const) {
    test(`axe finds no violation on ${path} ${then}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('mp-timeline').first()).toHaveClass(/is-enhanced/);
      // With the experimental rule that the visible label is part of the accessible name (speech input).
      const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }

  test('each marker is named once by its date, label and status; ticks and eras are not read out', async ({ page }) => {
    await page.goto(EXPLORER.en);
    const label = await page.locator('a.tl-ev[data-id="zelensky-losses"]').getAttribute('aria-label');
    expect(label).toBe('7 Nov 2024 Zelensky: first losses. Claimed, unconfirmed (according to Volodymyr Zelensky)');
    // What a screen reader reads in the drawing: markers and clusters, no tick or era text.
    const tl = page.locator('mp-timeline svg.tl-svg');
    const said = (await tl.ariaSnapshot()).split('\n').map((line) => line.trim());
    const hidden = await tl.locator('.tl-ticks text, .tl-era text').allTextContents();
    expect(hidden.length).toBeGreaterThan(3);
    for (const text of hidden) expect(said, text).not.toContain(`- text: ${text}`);
  });

  test('in forced colours the category swatches stay visible', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(EXPLORER.en);
    const swatch = page.locator('button.tl__filter .swatch').first();
    const style = await swatch.evaluate((el) => ({ adjust: getComputedStyle(el).forcedColorAdjust, outline: getComputedStyle(el).outlineStyle }));
    expect(style).toEqual({ adjust: 'none', outline: 'solid' });
  });

  test('in print the drawing stays and the controls go', async ({ page }) => {
    await page.goto(EXPLORER.en);
    await expect(timeline(page)).toHaveClass(/is-enhanced/);
    await page.emulateMedia({ media: 'print' });
    await expect(timeline(page).locator('svg.tl-svg')).toBeVisible();
    await expect(timeline(page).locator('.tl__toolbar')).toBeHidden();
    await expect(timeline(page).locator('.tl__filterbar')).toBeHidden();
  });
});

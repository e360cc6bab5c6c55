/**
 * Embeds on another site: a host page served from a second origin (a tiny server this spec
 * starts) embeds a timeline view and an event. They render, fit their content through /embed.js,
 * open a deep link and follow hash changes, work sandboxed, keep a fixed height and scroll
 * without the script, read with JavaScript off, and raise no console or CSP error. Plus what
 * the site offers for reuse: oEmbed discovery, the "Embed" code and "Cite this".
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { BASE_PATH, ORIGIN, OUT_DIR, SITE_URL } from '../support/site.ts';

const EMBEDS = `${ORIGIN}${BASE_PATH}`;
const PUBLISHED = `${SITE_URL}${BASE_PATH}`;
const events = JSON.parse(readFileSync(path.join(OUT_DIR, 'data/events.json'), 'utf8')).events as { id: string; title: { es: string; en: string } }[];
const titleOf = (id: string) => events.find((e) => e.id === id)!.title.en;

let server: Server;
let HOST = '';
const hostPages = new Map<string, string>();

/** A newsroom's page on another origin, with the given embed code in it. */
function hostPage(name: string, embeds: string): string {
  hostPages.set(
    `/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another newsroom</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:720px;margin:2rem auto;padding:0 1rem;color:#222;background:#fff}iframe{display:block;margin:1.5rem 0;outline:1px dashed #c33}</style></head>
<body><h1>Another newsroom’s story</h1><p>Our reporting on the treaty, with the timeline and one event from Moscow–Pyongyang embedded below.</p>
${embeds}
<p>The end of the story.</p></body></html>`,
  );
  return `${HOST}/${name}.html`;
}

const iframe = (src: string, extra = '') => `<iframe src="${src}" title="Embedded" width="680" height="600" style="width:100%;border:0" loading="lazy" data-mp-embed ${extra}></iframe>`;
const script = `<script src="${EMBEDS}embed.js" async></script>`;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const body = hostPages.get(pathname);
    // The browser asks the host for its icon: it has none, and says so without an error.
    if (pathname === '/favicon.ico') return res.writeHead(204).end();
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // `localhost` and 127.0.0.1 are different sites: the embeds are cross-site, as on a newsroom's page.
  HOST = `http://localhost:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Everything that went wrong on a page and in its frames: console errors, uncaught errors, CSP violations, requests to a third origin. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning' || /Content.Security.Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    const fromEmbed = r.frame() !== page.mainFrame();
    if (fromEmbed ? !u.startsWith(ORIGIN) : !u.startsWith(ORIGIN) && !u.startsWith(HOST)) problems.push(`request to another origin: ${u}`);
  });
  return problems;
}

/** CSP violations seen inside frames (a listener put in every frame before its scripts run). */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

async function violations(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

async function frameOf(page: Page, element: Locator): Promise<Frame> {
  const frame = await (await element.elementHandle())!.contentFrame();
  expect(frame).toBeTruthy();
  return frame!;
}

/** The iframe's height once /embed.js has set it, and the height its content reports. */
async function fitted(element: Locator, frame: Frame): Promise<{ iframe: number; content: number; scrolls: boolean }> {
  await expect.poll(() => element.evaluate((el) => (el as HTMLElement).style.height)).toMatch(/^\d+px$/);
  return {
    iframe: await element.evaluate((el) => (el as HTMLElement).clientHeight),
    content: await frame.evaluate(() => Math.ceil(document.querySelector('mp-embed')!.getBoundingClientRect().height)),
    scrolls: await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight + 1),
  };
}

test('a host page on another origin embeds a view and an event: both render, fit their content, and raise no error', async ({ page }) => {
  await recordViolations(page);
  const problems = watch(page);
  const url = hostPage('both', `${iframe(`${EMBEDS}en/embed/ratification/`)}\n${iframe(`${EMBEDS}en/embed/treaty-signed/`)}\n${script}`);
  await page.setViewportSize({ width: 760, height: 1300 });
  await page.goto(url, { waitUntil: 'networkidle' });
  const [viewEl, eventEl] = [page.locator('iframe').nth(0), page.locator('iframe').nth(1)];
  const view = await frameOf(page, viewEl);
  const event = await frameOf(page, eventEl);

  await expect(view.locator('mp-timeline.is-enhanced svg.tl-svg')).toBeVisible();
  await expect(view.locator('h1')).toHaveText(/signing/i);
  await expect(event.locator('h1')).toHaveText(titleOf('treaty-signed'));
  await expect(event.locator('.entry__summary')).toBeVisible();

  for (const [el, frame] of [
    [viewEl, view],
    [eventEl, event],
  ] as const) {
    const size = await fitted(el, frame);
    expect(Math.abs(size.iframe - size.content), JSON.stringify(size)).toBeLessThanOrEqual(1);
    expect(size.scrolls, 'a fitted embed does not scroll').toBe(false);
  }
  // The event card is shorter than the fixed default: the iframe shrank to it.
  expect(await eventEl.evaluate((el) => (el as HTMLElement).clientHeight)).toBeLessThan(520);

  // For a person to look at (a full-page capture would re-lay the cross-site frames out).
  await page.screenshot({ path: 'test-results/embed-host.png' });
  for (const frame of [page.mainFrame(), view, event]) expect(await violations(frame)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a deep link opens its event inside the iframe, follows hash changes, and the iframe grows to fit', async ({ page }) => {
  await recordViolations(page);
  const problems = watch(page);
  const base = `${EMBEDS}en/embed/ratification/`;
  await page.goto(hostPage('deep', `${iframe(base)}\n${iframe(`${base}#duma-ratifies`)}\n${script}`), { waitUntil: 'networkidle' });

  // Opened on a deep link.
  const linked = await frameOf(page, page.locator('iframe').nth(1));
  await expect(linked.locator('[data-details]')).toBeVisible();
  await expect(linked.locator('[data-details]')).toContainText(titleOf('duma-ratifies'));
  // Opening its event, the embed scrolls only itself, never the page that hosts it.
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => scrollY)).toBe(0);

  // A hash change from the host: the event opens, the iframe grows with the details.
  const el = page.locator('iframe').first();
  const frame = await frameOf(page, el);
  const before = (await fitted(el, frame)).iframe;
  await expect(frame.locator('[data-details]')).toBeHidden();
  await el.evaluate((iframe, src) => ((iframe as HTMLIFrameElement).src = `${src}#duma-ratifies`), base);
  await expect(frame.locator('[data-details]')).toContainText(titleOf('duma-ratifies'));
  await expect.poll(async () => el.evaluate((e) => (e as HTMLElement).clientHeight)).toBeGreaterThan(before);
  const open = await fitted(el, frame);
  expect(Math.abs(open.iframe - open.content)).toBeLessThanOrEqual(1);

  // And another: the same document follows it, and its link to the full timeline carries it.
  await el.evaluate((iframe, src) => ((iframe as HTMLIFrameElement).src = `${src}#treaty-signed`), base);
  await expect(frame.locator('[data-details]')).toContainText(titleOf('treaty-signed'));
  await expect(frame.locator('footer a')).toHaveAttribute('href', `${BASE_PATH}en/timeline/#treaty-signed`);
  expect(await violations(frame)).toEqual([]);
  expect(problems).toEqual([]);
});

test('an embed works inside sandbox="allow-scripts": it runs, reports its height, and breaks no CSP rule', async ({ page }) => {
  await recordViolations(page);
  const problems = watch(page);
  await page.goto(hostPage('sandboxed', `${iframe(`${EMBEDS}es/embed/ratification/#duma-ratifies`, 'sandbox="allow-scripts"')}\n${script}`), { waitUntil: 'networkidle' });
  const el = page.locator('iframe');
  const frame = await frameOf(page, el);
  await expect(frame.locator('mp-timeline.is-enhanced')).toBeVisible();
  await expect(frame.locator('[data-details]')).toBeVisible();
  const size = await fitted(el, frame);
  expect(Math.abs(size.iframe - size.content)).toBeLessThanOrEqual(1);
  expect(await violations(frame)).toEqual([]);
  expect(problems).toEqual([]);
});

test('without /embed.js an embed keeps its fixed height and scrolls', async ({ page }) => {
  const problems = watch(page);
  await page.goto(hostPage('no-script', iframe(`${EMBEDS}en/embed/ratification/#duma-ratifies`)), { waitUntil: 'networkidle' });
  const el = page.locator('iframe');
  const frame = await frameOf(page, el);
  await expect(frame.locator('[data-details]')).toBeVisible();
  await frame.locator('.tl__list-wrap > summary').click();
  expect(await el.evaluate((e) => [(e as HTMLElement).style.height, (e as HTMLElement).clientHeight])).toEqual(['', 600]);
  expect(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);
  expect(await frame.evaluate(() => (scrollTo(0, 200), scrollY))).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('embeds read with JavaScript off, are not indexed and name their full page as canonical', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [embed, full, check] of [
    ['es/embed/ratification/', 'es/cronologia/', 'svg.tl-svg'],
    ['en/embed/treaty-signed/', 'en/timeline/treaty-signed/', '.entry__summary'],
  ]) {
    await page.goto(`${EMBEDS}${embed}`);
    await expect(page.locator(check)).toBeVisible();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${PUBLISHED}${full}`);
    await expect(page.locator('footer a')).toHaveAttribute('href', `${BASE_PATH}${full}`);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  }
  await context.close();
});

test('pages that can be embedded link an oEmbed document whose HTML points at the embed', async ({ page, request }) => {
  for (const [pagePath, embed] of [
    ['en/timeline/', 'en/embed/history/'],
    ['es/cronologia/duma-ratifies/', 'es/embed/duma-ratifies/'],
    ['en/articles/the-ratification/', 'en/embed/ratification/'],
  ]) {
    await page.goto(`${EMBEDS}${pagePath}`);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    expect(href).toBe(`${PUBLISHED}${embed}oembed.json`);
    const res = await request.get(`${EMBEDS}${embed}oembed.json`);
    expect(res.status()).toBe(200);
    const doc = JSON.parse(await res.text());
    expect(doc).toMatchObject({ version: '1.0', type: 'rich', provider_name: expect.any(String), provider_url: expect.stringMatching(/^https:/), title: expect.any(String) });
    expect(Number.isInteger(doc.width) && Number.isInteger(doc.height)).toBe(true);
    const src = /^<iframe src="([^"]+)"[^>]*><\/iframe>$/.exec(doc.html)?.[1];
    expect(src, doc.html).toBe(`${PUBLISHED}${embed}`);
    expect(doc.html).toContain(`height="${doc.height}"`);
    expect((await request.get(`${EMBEDS}${embed}`)).status()).toBe(200);
  }
});

test('"Embed" shows the code to paste and copies it; "Cite this" copies the citation its JSON-LD matches', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  for (const [pagePath, embed] of [
    ['en/timeline/', 'en/embed/history/'],
    ['en/articles/the-ratification/', 'en/embed/ratification/'],
    ['en/timeline/duma-ratifies/', 'en/embed/duma-ratifies/'],
  ]) {
    await page.goto(`${EMBEDS}${pagePath}`);
    const box = page.locator('details.embed-code').first();
    await box.locator('summary').click();
    const code = (await box.locator('code').textContent())!;
    expect(code).toContain(`<iframe src="${PUBLISHED}${embed}"`);
    expect(code).toContain(`<script src="${PUBLISHED}embed.js" async></script>`);
    await box.getByRole('button').click();
    await expect(box.getByRole('status')).not.toBeEmpty();
    expect(await clipboard()).toBe(code);
  }

  await page.goto(`${EMBEDS}en/articles/the-ratification/`);
  const cite = page.locator('section.cite');
  const text = (await cite.locator('[data-copy-source]').textContent())!;
  await cite.getByRole('button').click();
  expect(await clipboard()).toBe(text);
  const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((j) => JSON.parse(j)).find((d) => d['@type'] === 'NewsArticle');
  expect(text.startsWith(`${ld.author.name}. ${ld.datePublished.slice(0, 4)}. “${ld.headline}`)).toBe(true);
  expect(text).toContain(ld.isPartOf.name);
  expect(text.endsWith(`${ld.url}.`)).toBe(true);
  expect(ld.version).toBe(ld.dateModified);
  await expect(cite).toContainText(/Version cited: \d{1,2} \w+ \d{4}\./);
});

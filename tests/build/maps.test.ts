/**
 * The maps in the built site, read from the files as a reader without JavaScript gets them:
 * the lead map on both home pages, a locator on every event page with places (and none
 * without), each an SVG image with a title and description and its list of places, every map
 * within 40 KB gzip in the page. Reads dist-test/ (the browser tests' build) or dist/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { OUT_DIR } from '../support/site.ts';

const dir = [OUT_DIR, 'dist'].find((d) => existsSync(path.join(d, 'es', 'index.html')));
const read = (page: string) => readFileSync(path.join(dir!, page, 'index.html'), 'utf8');
const KB = 1024;

/** Every `<figure … data-map=…>` in a page, whole. */
function maps(html: string): string[] {
  return [...html.matchAll(/<figure[^>]*data-map="[^"]+"[^>]*>[\s\S]*?<\/figure>/g)].map((m) => m[0]);
}
/** The map images (role="img") of a figure. */
const svgs = (figure: string) => [...figure.matchAll(/<svg[^>]*role="img"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
/** Every SVG of a figure, the pointer layers over the images included. */
const allSvgs = (figure: string) => [...figure.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
const gzipKb = (text: string) => gzipSync(text, { level: 9 }).length / KB;

const eventFiles = readdirEvents();
function readdirEvents(): { id: string; places: string[] }[] {
  const root = path.resolve('content/events');
  return readdirSync(root)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .map((f) => parse(readFileSync(path.join(root, f), 'utf8')) as { id: string; places?: string[] })
    .map((e) => ({ id: e.id, places: e.places ?? [] }));
}

describe.runIf(dir)('maps in the built HTML', () => {
  it.each([
    ['es', 'es/'],
    ['en', 'en/'],
  ])('%s home page: the lead map is there without JavaScript, as images with a title and description, beside its list', (_lang, page) => {
    const figures = maps(read(page));
    expect(figures).toHaveLength(1);
    const [figure] = figures;
    expect(figure).toContain('data-map="lead"');
    const drawings = svgs(figure);
    expect(drawings).toHaveLength(3); // wide, narrow, inset
    for (const svg of drawings) {
      expect(svg).toMatch(/role="img"/);
      const [, labelledby] = svg.match(/aria-labelledby="([^"]+)"/)!;
      for (const id of labelledby.split(' ')) expect(svg).toContain(`id="${id}"`);
      expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
      expect(svg).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
    }
    // The treaty's parties, Ukraine with Crimea, the route and the places as text.
    for (const country of ['RUS', 'PRK']) expect(drawings[0]).toContain(`data-country="${country}"`);
    const inView = drawings[0].match(/data-countries="([^"]+)"/)![1].split(' ');
    expect(inView).toEqual(expect.arrayContaining(['RUS', 'PRK', 'UKR', 'CHN', 'KOR', 'MNG', 'KAZ']));
    expect(drawings[0]).toContain('class="map-route"');
    for (const place of ['pyongyang', 'kursk', 'moscow', 'khasan-tumangang', 'vostochny', 'vladivostok', 'seoul', 'beijing', 'kyiv']) {
      expect(drawings[0]).toContain(`data-place="${place}"`);
      expect(figure).toMatch(new RegExp(`<li id="lead-map-${place}" data-place="${place}"`));
    }
    expect(drawings[2]).toContain('class="map-key-border"');
  });

  it('the lead map weighs at most 40 KB gzip in the page, all its drawings together', () => {
    for (const page of ['es/', 'en/']) {
      const [figure] = maps(read(page));
      expect(gzipKb(allSvgs(figure).join(''))).toBeLessThanOrEqual(40);
      expect(gzipKb(figure)).toBeLessThanOrEqual(40);
    }
  });

  it('every event page with places has its locator map, within 40 KB gzip; the others have none', () => {
    expect(eventFiles.some((e) => e.places.length > 0)).toBe(true);
    for (const event of eventFiles) {
      for (const page of [`es/cronologia/${event.id}/`, `en/timeline/${event.id}/`]) {
        const figures = maps(read(page));
        if (event.places.length === 0) {
          expect(figures, page).toHaveLength(0);
          continue;
        }
        expect(figures, page).toHaveLength(1);
        const [figure] = figures;
        expect(figure).toContain('data-map="locator"');
        for (const place of event.places) expect(figure, `${page} ${place}`).toContain(`data-place="${place}"`);
        expect(figure).toContain('aria-current="page"');
        expect(gzipKb(figure), page).toBeLessThanOrEqual(40);
      }
    }
  });

  it('a place with one event links to it; a place with several links to its entry in the list', () => {
    const [figure] = maps(read('es/'));
    // The pointer layer over the image, hidden from assistive technology, out of the tab order.
    expect(figure).toMatch(/<svg class="map-hits"[^>]*aria-hidden="true"/);
    const tumen = figure.match(/<a href="([^"]+)" tabindex="-1" data-place="khasan-tumangang"/);
    expect(tumen?.[1]).toMatch(/\/es\/cronologia\/[a-z0-9-]+\/$/);
    const pyongyang = figure.match(/<a href="([^"]+)" tabindex="-1" data-place="pyongyang"/);
    expect(pyongyang?.[1]).toBe('#lead-map-pyongyang');
  });

  it.each([
    ['es', 'es/fuentes-y-metodo/', 'Crimea y las demás zonas de Ucrania ocupadas por Rusia'],
    ['en', 'en/sources-and-method/', 'Crimea and the other areas of Ukraine occupied by Russia'],
  ])('%s method page states the border policy and cites every place’s coordinates', (_lang, page, policy) => {
    const html = read(page);
    expect(html).toContain(policy);
    const places = parse(readFileSync('content/places.yaml', 'utf8')) as { source: { url: string; stated: string } }[];
    for (const p of places) {
      expect(html).toContain(`href="${p.source.url.replaceAll('&', '&amp;')}"`);
      expect(html).toContain(p.source.stated);
    }
  });
});

describe('the maps build test', () => {
  it('has a built site to read (run npm run build, or node tests/support/buildForTests.ts)', () => {
    expect(dir, 'no dist-test/ or dist/ to read').toBeDefined();
  });
});

import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import TimelineSvg from '../../../src/components/timeline/TimelineSvg.astro';
import { isoToTime } from '../../../src/lib/dates/calendarDate.ts';
import { routePath } from '../../../src/lib/site/routes.ts';
import { url } from '../../../src/lib/site/url.ts';
import { markerData } from '../../../src/lib/timeline/markerData.ts';
import { drawingWidth, layoutPlan, planTimeline, READER_WIDTHS, type PlanEvent } from '../../../src/lib/timeline/planTimeline.ts';
import { siteTimelines } from '../../support/siteTimelines.ts';

/** Numbers to one decimal, generated ids renumbered, white space between tags dropped. */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/data-astro-[a-z-]+(="[^"]*")?/g, '')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/(?<![\w-])(id|aria-describedby)="([^"]+)"/g, (_, attr: string, id: string) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size}`);
      return `${attr}="${ids.get(id)}"`;
    })
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .replace(/></g, '>\n<')
    .trim();
}

async function render(props: Record<string, unknown>): Promise<string> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(TimelineSvg, { props });
  return html.slice(html.indexOf('<svg'), html.lastIndexOf('</svg>') + 6);
}

/**
 * Compares with the golden file, which is written only on purpose (UPDATE_GOLDEN=1) and never on
 * CI: there a missing golden fails, as a changed one does.
 */
async function matchGolden(name: string, svg: string): Promise<void> {
  const file = new URL(`./golden/${name}.svg`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1' && !process.env.CI) await writeFile(file, `${svg}\n`);
  if (!existsSync(file)) throw new Error(`No golden SVG ${name}.svg: run UPDATE_GOLDEN=1 npx vitest run tests/unit/components, look at the drawing, and commit it.`);
  expect(svg, `${name}.svg (UPDATE_GOLDEN=1 rewrites it; look at the pictures first)`).toBe((await readFile(file, 'utf8')).trimEnd());
}

describe('<TimelineSvg>: golden drawings of every view, the explorer and an event page, at 360, 768 and 1280 px', async () => {
  const lang = 'es';
  const { timelines, facts } = await siteTimelines(lang);
  const cases = timelines
    .filter((t) => !t.name.startsWith('article '))
    .flatMap((t) => READER_WIDTHS.map((viewport) => [`${t.name}-${viewport}`, t, viewport] as const));

  it.each(cases)('%s', async (name, { plan, input }, viewport) => {
    const geometry = layoutPlan(plan, input, drawingWidth(plan.kind, viewport));
    const events = plan.events.map((e) => markerData(e, facts.get(e.id)!, lang));
    const svg = await render({ lang, geometry, events, highlight: new Set(plan.highlight), tabStop: plan.pinned[0], describedBy: 'keys', anchors: plan.kind !== 'around' });
    await matchGolden(name, normaliseSvg(svg));
  });
});

describe('<TimelineSvg> markup', () => {
  const ev = (id: string, date: string, importance: 1 | 2 | 3, label: string, category: string): PlanEvent => ({ id, start: isoToTime(date), importance, label, dateLabel: date, category });
  const planEvents = [
    ev('treaty-signed', '2024-06-19', 3, 'Treaty signed', 'treaty'),
    ev('nis-troops-report', '2024-10-18', 2, 'Seoul: Pyongyang sent troops', 'military'),
    ev('duma-ratifies', '2024-10-24', 3, 'Duma ratifies', 'legislation'),
    ev('treaty-in-force', '2024-12-04', 3, 'Treaty enters into force', 'treaty'),
  ];
  const input = { events: planEvents, eras: [], lang: 'en' as const, window: ['2024-06-01', '2024-12-31'] as const };
  const plan = planTimeline(input);
  const geometry = layoutPlan(plan, input, 672);
  const facts = { status: 'claimed' as const, attribution: { es: 'el NIS', en: 'the NIS' } };
  const events = planEvents.map((e) => markerData(e, e.id === 'nis-troops-report' ? facts : { status: 'confirmed' }, 'en'));

  it('draws every event as a link to its id, named once by its label, date and status', async () => {
    const html = await render({ lang: 'en', geometry, events, highlight: new Set(), describedBy: 'keys', anchors: true });
    for (const event of events) expect(html).toContain(`href="#${event.id}"`);
    expect(html).toContain('aria-label="2024-10-18 Seoul: Pyongyang sent troops. Claimed, unconfirmed (according to the NIS)"');
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    // Eras and ticks say nothing to screen readers: the list beneath says the same.
    expect(html).toMatch(/<g class="tl-eras" aria-hidden="true"/);
    expect(html).toMatch(/<g class="tl-ticks" aria-hidden="true"/);
  });

  it('without anchors in the list, links every marker straight to its event page', async () => {
    const html = await render({ lang: 'en', geometry, events, highlight: new Set(), describedBy: 'keys', anchors: false });
    expect(html).not.toContain('href="#');
    for (const event of events) expect(html).toContain(`href="${url(routePath({ kind: 'event', id: event.id }, 'en'))}"`);
  });

  it('draws a cluster as one link named by its count and its months, and its label apart from screen readers', async () => {
    const wide = planTimeline({ ...input, window: ['1945-01-01', '2026-01-01'] });
    const g = layoutPlan(wide, input, 360);
    const html = await render({ lang: 'en', geometry: g, events: wide.events.map((e) => markerData(e, { status: 'confirmed' }, 'en')), highlight: new Set(), describedBy: 'keys', anchors: true });
    expect(html).toMatch(/<a class="tl-cluster"[^>]*aria-label="4 events, June–December 2024"/);
    expect(html).toMatch(/<g class="tl-callouts" aria-hidden="true"/);
  });
});

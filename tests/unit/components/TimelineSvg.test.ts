import { readFile, writeFile } from 'node:fs/promises';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import TimelineSvg from '../../../src/components/timeline/TimelineSvg.astro';
import { layoutTimeline } from '../../../src/lib/timeline/layoutTimeline.ts';
import { timeScale } from '../../../src/lib/timeline/timeScale.ts';
import { isoToTime } from '../../../src/lib/dates/calendarDate.ts';
import { VIEWS } from '../../../src/lib/timeline/views.ts';
import type { SvgEvent } from '../../../src/components/timeline/TimelineSvg.astro';
import { routePath } from '../../../src/lib/site/routes.ts';
import { url } from '../../../src/lib/site/url.ts';

const GOLDEN = new URL('./golden/ratification.svg', import.meta.url);

/** The ratification view with fixed events (not the live content, so content edits do not move it). */
function fixture() {
  const e = (id: string, date: string, importance: 1 | 2 | 3, label: string, category: SvgEvent['category'], status: SvgEvent['status']): SvgEvent => ({
    id,
    start: isoToTime(date),
    importance,
    label,
    dateLabel: date,
    category,
    status,
    name: `${date}: ${label}. ${status}`,
  });
  const events = [
    e('treaty-signed', '2024-06-19', 3, 'Treaty signed', 'treaty', 'confirmed'),
    e('nis-troops-report', '2024-10-18', 2, 'Seoul: Pyongyang sent troops', 'military', 'claimed'),
    e('duma-ratifies', '2024-10-24', 3, 'Duma ratifies', 'legislation', 'official'),
    e('zelensky-11000-troops', '2024-11-04', 2, 'Zelensky: 11,000 troops', 'military', 'claimed'),
    e('federation-council-approves', '2024-11-06', 3, 'Federation Council approves', 'legislation', 'official'),
    e('putin-signs-ratification', '2024-11-09', 2, 'Putin signs ratification law', 'legislation', 'official'),
    e('kim-ratifies', '2024-11-11', 2, 'Kim Jong Un ratifies', 'legislation', 'official'),
    e('treaty-in-force', '2024-12-04', 3, 'Treaty enters into force', 'treaty', 'confirmed'),
  ];
  const [a, b] = VIEWS.ratification.window;
  const window = [isoToTime(a), isoToTime(b)] as const;
  const eras = [{ id: 'war-in-ukraine', start: isoToTime('2022-02-24'), end: isoToTime('2025-09-03'), label: 'War in Ukraine' }];
  const geometry = layoutTimeline({ events, eras, window, x: timeScale(window, 680), width: 680, lang: 'en' });
  return { events, eras, geometry };
}

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

describe('<TimelineSvg> for the ratification view', () => {
  it('matches the golden SVG (set UPDATE_GOLDEN=1 to rewrite it on purpose)', async () => {
    const container = await AstroContainer.create();
    const { events, eras, geometry } = fixture();
    const html = await container.renderToString(TimelineSvg, {
      props: { lang: 'en', geometry, events, eras, highlight: new Set(['treaty-signed']), describedBy: 'keys', anchors: true },
    });
    const svg = normaliseSvg(html.slice(html.indexOf('<svg'), html.lastIndexOf('</svg>') + 6));
    if (process.env.UPDATE_GOLDEN === '1' && !process.env.CI) await writeFile(GOLDEN, `${svg}\n`);
    const golden = await readFile(GOLDEN, 'utf8').catch(() => {
      throw new Error('No golden SVG: run UPDATE_GOLDEN=1 npm run test:unit once, check the file, and commit it.');
    });
    expect(svg).toBe(golden.trimEnd());
  });

  it('draws every event as a link to its id, with its date, title and status for screen readers', async () => {
    const container = await AstroContainer.create();
    const { events, eras, geometry } = fixture();
    const html = await container.renderToString(TimelineSvg, {
      props: { lang: 'en', geometry, events, eras, highlight: new Set(), describedBy: 'keys', anchors: true },
    });
    for (const event of events) {
      expect(html).toContain(`href="#${event.id}"`);
      expect(html).toContain(`aria-label="${event.name}"`);
    }
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
  });

  it('without anchors in the list, links every marker straight to its event page', async () => {
    const container = await AstroContainer.create();
    const { events, eras, geometry } = fixture();
    const html = await container.renderToString(TimelineSvg, {
      props: { lang: 'en', geometry, events, eras, highlight: new Set(), describedBy: 'keys', anchors: false },
    });
    expect(html).not.toContain('href="#');
    for (const event of events) expect(html).toContain(`href="${url(routePath({ kind: 'event', id: event.id }, 'en'))}"`);
  });
});

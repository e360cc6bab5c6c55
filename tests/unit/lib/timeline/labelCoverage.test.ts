/**
 * Label coverage of every timeline the site draws (the named views, the explorer, a sample event
 * page, each article's embedded timeline), at the reader widths the site is checked at, in both
 * languages: prints, per timeline and width, the share of events in view whose label a reader can
 * see (their own, or their cluster's naming them), and fails if a key event in view has none at
 * 360, 768 or 1280 px (320 px is printed too: there the drawing labels what fits).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../src/i18n/languages.ts';
import { drawingWidth, labelledIn, layoutPlan, READER_WIDTHS, unlabelledKeyEvents } from '../../../../src/lib/timeline/planTimeline.ts';
import { siteTimelines } from '../../../support/siteTimelines.ts';

const rows: string[] = [];
const WIDTHS = [320, ...READER_WIDTHS] as const;

describe.each(LANGUAGES)('label coverage (%s)', async (lang) => {
  const { timelines } = await siteTimelines(lang);

  it.each(timelines.map((t) => [t.name, t] as const))('%s: every key event in view has a readable label at 360, 768 and 1280 px', (name, { plan, input }) => {
    const cells: string[] = [];
    for (const viewport of WIDTHS) {
      const g = layoutPlan(plan, input, drawingWidth(plan.kind, viewport));
      const { labelled, missing } = labelledIn(g);
      const total = labelled.length + missing.length;
      const keyless = unlabelledKeyEvents(g, plan);
      cells.push(`${labelled.length}/${total} (${Math.round((100 * labelled.length) / total)} %)${keyless.length ? ` ${keyless.length} key unlabelled` : ''}`);
      if ((READER_WIDTHS as readonly number[]).includes(viewport)) expect(keyless, `${name} at ${viewport} px`).toEqual([]);
    }
    rows.push(`| ${lang} | ${name} | ${plan.lanes.join(' · ')} | ${cells.join(' | ')} |`);
  });
});

afterAll(() => {
  console.log(
    ['Events in view with a visible label, by reader width (lanes: narrow · medium · wide):', '', `| lang | timeline | lanes | ${WIDTHS.map((w) => `${w} px`).join(' | ')} |`, `|---|---|---|${WIDTHS.map(() => '---').join('|')}|`, ...rows].join('\n'),
  );
});

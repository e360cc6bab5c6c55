/** The drawing's metrics have one source (metrics.ts): the stylesheet's sizes must follow it, and fails here when they drift. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineHeight } from '../../../../src/lib/timeline/layoutTimeline.ts';
import { labelHeight, laneBucket, lanesFor, labelTop, laneTop, METRICS } from '../../../../src/lib/timeline/metrics.ts';
import { drawingWidth, READER_WIDTHS } from '../../../../src/lib/timeline/planTimeline.ts';

const css = readFileSync(new URL('../../../../src/components/timeline/timeline.css', import.meta.url), 'utf8');

describe('timeline.css follows metrics.ts', () => {
  it('sizes the drawing’s box by the same sum as timelineHeight()', () => {
    const m = /height: calc\((\d+)px \+ var\(--tl-lanes\) \* (\d+)px \+ var\(--tl-rows\) \* (\d+)px \+ (\d+)px\)/.exec(css);
    expect(m, 'the box height rule').not.toBeNull();
    const [fixed, lane, row, border] = m!.slice(1).map(Number);
    for (const lanes of [1, 3, METRICS.maxLanes]) {
      for (const rows of [0, 2]) expect(fixed + lanes * lane + rows * row).toBe(timelineHeight(lanes, rows).height);
    }
    expect(border).toBe(1);
  });

  it('has a lane class for every lane count in every width bucket, with the same thresholds', () => {
    const [narrow, wide] = METRICS.laneBuckets;
    expect(css).toContain(`@container timeline (width < ${narrow}px)`);
    expect(css).toContain(`@container timeline (${narrow}px <= width < ${wide}px)`);
    expect(css).toContain(`@container timeline (width >= ${wide}px)`);
    for (const bucket of [0, 1, 2]) {
      for (let n = 1; n <= METRICS.maxLanes; n += 1) expect(css).toContain(`.tl--l${bucket}-${n} .tl__scroller { --tl-lanes: ${n}; }`);
    }
    for (let r = 0; r <= 6; r += 1) expect(css).toContain(`.tl--rows-${r} .tl__scroller { --tl-rows: ${r}; }`);
  });

  it('sets no font size on the drawing’s text: the SVG carries metrics.ts’s sizes as attributes', () => {
    for (const selector of ['.tl-label', '.tl-label__date', '.tl-tick text', '.tl-era text', '.tl-ov__years text', '.tl-cluster__count']) {
      const rule = new RegExp(`${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{[^}]*font-size`);
      expect(css, selector).not.toMatch(rule);
    }
  });
});

describe('metrics', () => {
  it('puts reader widths in the buckets the lanes are chosen for', () => {
    expect(READER_WIDTHS.map((w) => laneBucket(drawingWidth('explorer', w)))).toEqual([0, 1, 2]);
    expect(READER_WIDTHS.map((w) => laneBucket(drawingWidth('embed', w)))).toEqual([0, 1, 1]);
    expect(READER_WIDTHS.map((w) => laneBucket(drawingWidth('around', w)))).toEqual([0, 1, 1]);
  });

  it('gives a label of up to three lines one lane, taller ones more, ending where a lane’s label ends', () => {
    expect([2, 3, 4, 6, 7].map(lanesFor)).toEqual([1, 1, 2, 2, 3]);
    expect(labelHeight(3)).toBe(METRICS.laneHeight);
    const axisY = 400;
    expect(labelTop(0, 2, axisY)).toBe(laneTop(0, axisY));
    expect(labelTop(0, 5, axisY) + labelHeight(5)).toBe(laneTop(0, axisY) + METRICS.laneHeight);
  });
});

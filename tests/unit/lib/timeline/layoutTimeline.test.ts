import { describe, expect, it } from 'vitest';
import { layoutTimeline, spanRows, type LayoutInput } from '../../../../src/lib/timeline/layoutTimeline.ts';
import { METRICS } from '../../../../src/lib/timeline/metrics.ts';
import { timeScale } from '../../../../src/lib/timeline/timeScale.ts';
import { extentOf } from '../../../../src/lib/timeline/windows.ts';
import { DAY, isoToTime } from '../../../../src/lib/dates/calendarDate.ts';
import type { TimelineEvent, TimelineGeometry } from '../../../../src/lib/timeline/types.ts';
import { syntheticEvents } from '../../../support/syntheticEvents.ts';

function layout(events: TimelineEvent[], width: number, window = extentOf(events)): TimelineGeometry {
  const input: LayoutInput = { events, window, x: timeScale(window, width), width, lang: 'es' };
  return layoutTimeline(input);
}

/** Boxes of the visible labels, as drawn: one line of date and up to two of label. */
function labelBoxes(g: TimelineGeometry) {
  return g.events.flatMap((e) => (e.label ? [{ id: e.id, x0: e.label.x, x1: e.label.x + e.label.width, y0: e.label.y, y1: e.label.y + METRICS.laneHeight - 4 }] : []));
}

describe('layoutTimeline(input)', () => {
  it.each([
    [36, 1100, 1],
    [36, 340, 2],
    [300, 1100, 3],
    [2000, 760, 4],
  ])('%i events at %i px: visible labels never overlap (seed %i)', (n, width, seed) => {
    const g = layout(syntheticEvents(n, seed), width);
    const boxes = labelBoxes(g);
    expect(boxes.length).toBeGreaterThan(0);
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it('puts every event of the window inside the plot, and every label inside the drawing', () => {
    const events = syntheticEvents(500, 7);
    const g = layout(events, 800);
    for (const e of g.events) {
      expect(e.inView).toBe(true);
      expect(e.x).toBeGreaterThanOrEqual(g.plot[0]);
      expect(e.x).toBeLessThanOrEqual(g.plot[1]);
      if (e.label) {
        expect(e.label.x).toBeGreaterThanOrEqual(0);
        expect(e.label.x + e.label.width).toBeLessThanOrEqual(g.width);
        expect(e.label.y).toBeGreaterThanOrEqual(METRICS.eraHeight);
      }
    }
  });

  it('marks events outside a narrower window as out of view, with no label', () => {
    const events = syntheticEvents(200, 3);
    const window = [isoToTime('2000-01-01'), isoToTime('2010-01-01')] as const;
    const g = layout(events, 800, window);
    for (const e of g.events) {
      const t = events.find((ev) => ev.id === e.id)!.start;
      expect(e.inView).toBe(t >= window[0] && t <= window[1]);
      if (!e.inView) expect(e.label).toBeNull();
    }
  });

  it('keeps the input order and gives the same output for the same input', () => {
    const events = syntheticEvents(120, 11);
    const a = layout(events, 900);
    const b = layout(events.map((e) => ({ ...e })), 900);
    expect(a.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('gives higher-importance events their labels first', () => {
    const events = syntheticEvents(400, 5);
    const g = layout(events, 500);
    const shown = (importance: number) => {
      const of = events.filter((e) => e.importance === importance);
      return of.filter((e) => g.events.find((p) => p.id === e.id)!.label).length / of.length;
    };
    expect(shown(3)).toBeGreaterThan(shown(1));
  });

  it('draws spans with an end position and non-overlapping rows', () => {
    const events: TimelineEvent[] = [
      { id: 'war', start: isoToTime('1950-06-25'), end: isoToTime('1953-07-27'), importance: 3, label: 'Guerra', dateLabel: '1950' },
      { id: 'treaty', start: isoToTime('1952-01-01'), end: isoToTime('1996-09-10'), importance: 3, label: 'Tratado', dateLabel: '1952' },
      { id: 'later', start: isoToTime('1960-01-01'), end: isoToTime('1960-01-01') + 300 * DAY, importance: 1, label: 'Más', dateLabel: '1960' },
    ];
    const rows = spanRows(events);
    expect(rows.get('war')).toBe(0);
    expect(rows.get('treaty')).toBe(1);
    expect(rows.get('later')).toBe(0);
    const g = layout(events, 800);
    const war = g.events.find((e) => e.id === 'war')!;
    expect(war.x2).toBeGreaterThan(war.x);
  });
});

import { describe, expect, it } from 'vitest';
import { DAY, isoToTime } from '../../../../src/lib/dates/calendarDate.ts';
import { layoutTimeline, spanRows, timelineHeight, type LayoutInput } from '../../../../src/lib/timeline/layoutTimeline.ts';
import { labelHeight, METRICS } from '../../../../src/lib/timeline/metrics.ts';
import { timeScale } from '../../../../src/lib/timeline/timeScale.ts';
import type { TimelineEvent, TimelineGeometry } from '../../../../src/lib/timeline/types.ts';
import { extentOf } from '../../../../src/lib/timeline/windows.ts';
import { syntheticEvents } from '../../../support/syntheticEvents.ts';

function layout(events: TimelineEvent[], width: number, window = extentOf(events), more: Partial<LayoutInput> = {}): TimelineGeometry {
  return layoutTimeline({ events, window, x: timeScale(window, width), width, lang: 'es', lanes: 4, ...more });
}

/** Boxes of every visible label as drawn (events' and clusters'), with the stem under each. */
function labelBoxes(g: TimelineGeometry) {
  const own = g.events.flatMap((e) => (e.label ? [{ id: e.id, stem: e.x, label: e.label }] : []));
  const clusters = g.clusters.flatMap((c) => (c.label ? [{ id: c.id, stem: c.x, label: c.label }] : []));
  return [...own, ...clusters].map(({ id, stem, label }) => ({
    id,
    stem,
    x0: label.x,
    x1: label.x + label.width,
    y0: label.y,
    y1: label.y + labelHeight(label.lines.length),
  }));
}

const ev = (id: string, iso: string, importance: 1 | 2 | 3, end?: string): TimelineEvent => ({
  id,
  start: isoToTime(iso),
  end: end ? isoToTime(end) : undefined,
  importance,
  label: id,
  dateLabel: iso,
});

describe('layoutTimeline(input)', () => {
  it.each([
    [36, 1100, 1],
    [36, 340, 2],
    [300, 1100, 3],
    [2000, 760, 4],
  ])('%i events at %i px: visible labels never overlap, nor cross a stem of another marker (seed %i)', (n, width, seed) => {
    const g = layout(syntheticEvents(n, seed), width);
    const boxes = labelBoxes(g);
    expect(boxes.length).toBeGreaterThan(0);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
        // b's stem runs from its marker up to its label: it never passes through a's label.
        const crosses = b.stem > a.x0 && b.stem < a.x1 && a.y0 > b.y1;
        expect(crosses, `${b.id}'s stem crosses ${a.id}`).toBe(false);
      }
    }
  });

  it('keeps every marker inside the plot and every label inside the drawing, below the era band', () => {
    const events = syntheticEvents(500, 7);
    const g = layout(events, 800);
    for (const e of g.events) {
      expect(e.inView).toBe(true);
      expect(e.x).toBeGreaterThanOrEqual(g.plot[0]);
      expect(e.x).toBeLessThanOrEqual(g.plot[1]);
    }
    for (const box of labelBoxes(g)) {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(g.width);
      expect(box.y0).toBeGreaterThanOrEqual(METRICS.eraHeight);
    }
  });

  it('marks events outside a narrower window as out of view, with no label and no cluster', () => {
    const events = syntheticEvents(200, 3);
    const window = [isoToTime('2000-01-01'), isoToTime('2010-01-01')] as const;
    const g = layout(events, 800, window);
    for (const e of g.events) {
      const t = events.find((ev) => ev.id === e.id)!.start;
      expect(e.inView).toBe(t >= window[0] && t <= window[1]);
      if (!e.inView) expect(e.label === null && e.cluster === undefined).toBe(true);
    }
  });

  it('keeps the input order and gives the same output for the same input', () => {
    const events = syntheticEvents(120, 11);
    const a = layout(events, 900);
    const b = layout(events.map((e) => ({ ...e })), 900);
    expect(a.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('merges markers closer than a marker’s width into a cluster that names its key events', () => {
    const events = [ev('signed', '2024-06-19', 3), ev('nis', '2024-10-18', 2), ev('duma', '2024-10-24', 3), ev('council', '2024-11-06', 3), ev('kim', '2024-11-11', 2)];
    const window = [isoToTime('1945-01-01'), isoToTime('2026-01-01')] as const;
    const g = layout(events, 700, window);
    const cluster = g.clusters.find((c) => c.members.includes('duma'))!;
    expect(cluster.members).toEqual(expect.arrayContaining(['nis', 'duma', 'council', 'kim']));
    expect(cluster.named).toEqual(expect.arrayContaining(['duma', 'council']));
    expect(cluster.named).not.toContain('nis');
    expect(cluster.label!.lines.slice(1)).toEqual(expect.arrayContaining(['duma', 'council']));
    for (const id of cluster.members) expect(g.events.find((e) => e.id === id)!.cluster).toBe(cluster.id);
  });

  it('never merges a pinned event, and labels it first', () => {
    const events = [ev('a', '2024-11-04', 2), ev('b', '2024-11-06', 3), ev('c', '2024-11-09', 2)];
    const window = [isoToTime('2022-01-01'), isoToTime('2026-01-01')] as const;
    const g = layout(events, 600, window, { pinned: ['a'], first: ['a'] });
    const a = g.events.find((e) => e.id === 'a')!;
    expect(a.cluster).toBeUndefined();
    expect(a.label).not.toBeNull();
  });

  it('steps back quiet events: a marker, no label, no cluster', () => {
    const events = [ev('a', '2024-11-04', 3), ev('b', '2024-11-06', 3)];
    const window = [isoToTime('2022-01-01'), isoToTime('2026-01-01')] as const;
    const g = layout(events, 600, window, { quiet: new Set(['b']) });
    expect(g.clusters).toEqual([]);
    expect(g.events.find((e) => e.id === 'b')).toMatchObject({ inView: true, label: null });
  });

  it('gives every key event a label before any other', () => {
    const events = syntheticEvents(400, 5);
    const g = layout(events, 500);
    const named = new Set(g.clusters.filter((c) => c.label).flatMap((c) => c.named));
    const shown = (importance: number) => {
      const of = events.filter((e) => e.importance === importance);
      return of.filter((e) => g.events.find((p) => p.id === e.id)!.label || named.has(e.id)).length / of.length;
    };
    expect(shown(3)).toBeGreaterThan(shown(1));
  });

  it('sizes the drawing to its lanes and span rows, and says how many lanes its labels fill', () => {
    const events = [ev('a', '2024-01-01', 3), ev('b', '2024-06-01', 2)];
    const window = [isoToTime('2023-12-01'), isoToTime('2024-07-01')] as const;
    for (const lanes of [1, 2, 5]) {
      const g = layout(events, 600, window, { lanes });
      expect(g.height).toBe(timelineHeight(lanes, 0).height);
      expect(g.lanes).toBe(lanes);
      expect(g.lanesUsed).toBe(1);
    }
  });

  it('draws spans with an end position and non-overlapping rows; a span of a few days is a point', () => {
    const events: TimelineEvent[] = [
      ev('war', '1950-06-25', 3, '1953-07-27'),
      ev('treaty', '1952-01-01', 3, '1996-09-10'),
      { ...ev('later', '1960-01-01', 1), end: isoToTime('1960-01-01') + 300 * DAY },
      ev('visit', '2000-07-19', 3, '2000-07-20'),
    ];
    const rows = spanRows(events);
    expect(rows.get('war')).toBe(0);
    expect(rows.get('treaty')).toBe(1);
    expect(rows.get('later')).toBe(0);
    expect(rows.has('visit')).toBe(false);
    const g = layout(events, 800);
    const war = g.events.find((e) => e.id === 'war')!;
    expect(war.x2).toBeGreaterThan(war.x);
    expect(g.events.find((e) => e.id === 'visit')!.x2).toBeUndefined();
  });

  it('shades eras alternately in date order whatever order they come in, the latest shaded', () => {
    const events = [ev('a', '1950-01-01', 2), ev('b', '2024-01-01', 2)];
    const eras = [
      { id: 'war', start: isoToTime('2022-02-24'), end: isoToTime('2025-01-01'), label: 'War' },
      { id: 'nineties', start: isoToTime('1990-09-30'), end: isoToTime('2000-02-09'), label: 'Break' },
      { id: 'soviet', start: isoToTime('1945-08-09'), end: isoToTime('1990-09-30'), label: 'Soviet' },
      { id: 'rapprochement', start: isoToTime('2000-02-09'), end: isoToTime('2022-02-24'), label: 'Rapprochement' },
    ];
    const g = layout(events, 800, [isoToTime('1945-01-01'), isoToTime('2025-01-01')], { eras });
    const alt = Object.fromEntries(g.eras.map((e) => [e.id, e.alt]));
    expect(alt).toEqual({ war: false, rapprochement: true, nineties: false, soviet: true });
  });
});

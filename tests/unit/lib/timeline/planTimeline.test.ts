import { describe, expect, it } from 'vitest';
import { DAY, isoToTime } from '../../../../src/lib/dates/calendarDate.ts';
import { keyEventsLabelled, lanesAt, layoutPlan, planTimeline, type PlanEvent } from '../../../../src/lib/timeline/planTimeline.ts';
import type { Era } from '../../../../src/lib/timeline/types.ts';

const ev = (id: string, iso: string, importance: 1 | 2 | 3, category = 'treaty'): PlanEvent => ({ id, start: isoToTime(iso), importance, label: `Etiqueta ${id}`, dateLabel: iso, category });
const events = [
  ev('a', '1950-06-25', 3, 'war'),
  ev('b', '1961-07-06', 3),
  ev('c', '2000-02-09', 3),
  ev('d', '2022-02-24', 3, 'war'),
  ev('e', '2023-09-13', 3, 'space'),
  ev('f', '2024-06-19', 3),
  ev('g', '2024-10-24', 3, 'legislation'),
  ev('h', '2024-11-06', 3, 'legislation'),
  ev('i', '2024-11-09', 2, 'legislation'),
  ev('j', '2024-12-04', 3),
  ev('k', '2025-04-28', 2, 'military'),
];
const eras: Era[] = [{ id: 'war', start: isoToTime('2022-02-24'), end: isoToTime('2025-04-28'), label: 'Guerra' }];
const base = { events, eras, lang: 'es' as const };

describe('planTimeline(input)', () => {
  it('the explorer: every event, limits at the data, opening on the dense stretch', () => {
    const plan = planTimeline({ ...base, explorer: true });
    expect(plan.kind).toBe('explorer');
    expect(plan.events).toHaveLength(events.length);
    expect(plan.bounds[0]).toBeLessThan(isoToTime('1950-06-25'));
    expect(plan.open[0]).toBeLessThan(isoToTime('2022-02-24'));
    expect(plan.open[0]).toBeGreaterThan(isoToTime('2021-01-01'));
  });

  it('a window: only what starts inside it, opening on all of it', () => {
    const plan = planTimeline({ ...base, window: ['2024-06-01', '2024-12-31'] });
    expect(plan.events.map((e) => e.id)).toEqual(['f', 'g', 'h', 'i', 'j']);
    expect(plan.open).toEqual(plan.bounds);
  });

  it('categories, an event page’s own event (pinned), and refuses an unknown id or an empty window', () => {
    expect(planTimeline({ ...base, categories: ['legislation'] }).events.map((e) => e.id)).toEqual(['g', 'h', 'i']);
    const around = planTimeline({ ...base, around: 'h' });
    expect(around.kind).toBe('around');
    expect(around.pinned).toEqual(['h']);
    expect(around.bounds[1] - around.bounds[0]).toBeLessThan(365 * DAY);
    expect(() => planTimeline({ ...base, highlight: ['nope'] })).toThrow(/no event has the id "nope"/);
    expect(() => planTimeline({ ...base, window: ['1970-01-01', '1980-01-01'] })).toThrow(/no event falls/);
  });

  it('chooses, for each width bucket, lanes that label every key event at the widths readers get', () => {
    const plan = planTimeline({ ...base, explorer: true });
    for (const width of [327, 721, 1216]) {
      const g = layoutPlan(plan, base, width);
      expect(g.lanes).toBe(lanesAt(plan, width));
      expect(keyEventsLabelled(g, plan), `at ${width} px`).toBe(true);
    }
    // Dense key events on a phone need more lanes than on a desktop.
    expect(lanesAt(plan, 327)).toBeGreaterThan(lanesAt(plan, 1216));
  });

  it('fits the height to what is labelled: two events far apart need one lane', () => {
    const plan = planTimeline({ ...base, events: [events[0], events[3]], explorer: true });
    expect(plan.lanes).toEqual([1, 1, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { DAY, isoToTime } from '../../../../src/lib/dates/calendarDate.ts';
import { TimelineController, ZOOM_STEP } from '../../../../src/lib/timeline/timelineController.ts';
import type { TimeWindow } from '../../../../src/lib/timeline/types.ts';

const t = isoToTime;
const events = [
  ['a', '1950-06-25', 'war'],
  ['b', '1961-07-06', 'treaty'],
  ['c', '2024-06-19', 'treaty'],
  ['d', '2024-10-24', 'legislation'],
  ['e', '2024-11-06', 'legislation'],
  ['f', '2024-11-09', 'legislation'],
  ['g', '2024-12-04', 'treaty'],
].map(([id, date, category]) => ({ id, start: t(date), category, text: id }));
const bounds: TimeWindow = [t('1945-01-01'), t('2026-01-01')];
const story: TimeWindow = [t('2022-01-01'), t('2025-12-31')];
const make = (window: TimeWindow = story) => new TimelineController(events, { bounds, window });

describe('TimelineController: the window', () => {
  it('opens on its window, kept inside the bounds', () => {
    expect(make().window).toEqual(story);
    expect(make([t('2020-01-01'), t('2030-01-01')]).window[1]).toBe(bounds[1]);
  });

  it('zooms in around the focused event when it is in view, without moving the window itself', () => {
    const c = make();
    c.focused = 'c';
    const next = c.zoomStep(ZOOM_STEP);
    expect(c.window).toEqual(story);
    const share = (w: TimeWindow) => (t('2024-06-19') - w[0]) / (w[1] - w[0]);
    expect(share(next)).toBeCloseTo(share(story));
    expect(next[1] - next[0]).toBeCloseTo((story[1] - story[0]) / ZOOM_STEP);
  });

  it('zooms in toward the densest stretch when nothing is chosen, never into an empty one', () => {
    const c = make(bounds);
    let window = c.window;
    for (let i = 0; i < 12; i += 1) window = c.setWindow(c.zoomStep(ZOOM_STEP));
    expect(events.filter((e) => e.start >= window[0] && e.start <= window[1]).length).toBeGreaterThan(0);
    expect(window[0]).toBeGreaterThan(t('2020-01-01'));
  });

  it('zooms out around the middle, never past the bounds', () => {
    const c = make();
    for (let i = 0; i < 20; i += 1) c.setWindow(c.zoomStep(1 / ZOOM_STEP));
    expect(c.window).toEqual(bounds);
  });

  it('pans and zooms by hand within the bounds, never narrower than ten days', () => {
    const c = make();
    c.panBy(1e13);
    expect(c.window[1]).toBe(bounds[1]);
    c.zoomAt(1e6, t('2024-11-06'));
    expect(c.window[1] - c.window[0]).toBe(10 * DAY);
  });

  it('brings an event outside the view into it, keeping the span', () => {
    const c = make();
    const w = c.revealWindow('b')!;
    expect(w[1] - w[0]).toBeCloseTo(story[1] - story[0]);
    expect(w[0]).toBeLessThan(t('1961-07-06'));
    expect(w[1]).toBeGreaterThan(t('1961-07-06'));
    expect(c.revealWindow('c')).toBeUndefined();
  });

  it('zooms in on a deep-linked event when the view is far wider than its neighbourhood', () => {
    const c = make(bounds);
    const w = c.revealWindow('e', { zoomIn: true })!;
    expect(w[1] - w[0]).toBeLessThan(365 * DAY);
  });

  it('counts the events in view that pass the filters', () => {
    const c = make();
    expect(c.countInView()).toBe(5);
    c.filters.setCategories(['treaty']);
    expect(c.countInView()).toBe(2);
  });
});

describe('TimelineController: focus, clusters and keys', () => {
  it('moves through events in date order, a cluster being one stop', () => {
    const c = make();
    c.setClusters([{ id: 'c-d', members: ['d', 'e', 'f'] }]);
    expect(c.step('c', 1)).toBe('c-d');
    expect(c.step('c-d', 1)).toBe('g');
    expect(c.step('g', -1)).toBe('c-d');
    expect(c.step('c-d', -1)).toBe('c');
    expect(c.step('g', 1)).toBeUndefined();
  });

  it('keeps the tab stop in view: the focused stop while it is, else the first stop in view', () => {
    const c = make();
    c.focused = 'a';
    expect(c.tabStop()).toBe('c');
    c.focused = 'g';
    expect(c.tabStop()).toBe('g');
    c.setClusters([{ id: 'c-c', members: ['c', 'd'] }]);
    c.focused = undefined;
    expect(c.tabStop()).toBe('c-c');
  });

  it('with nothing in view, the tab stop is the event nearest the middle', () => {
    const c = make([t('1970-01-01'), t('1980-01-01')]);
    expect(c.tabStop()).toBe('b');
  });

  it('hands the focus on when its cluster splits or merges', () => {
    const c = make();
    c.setClusters([{ id: 'c-d', members: ['d', 'e'] }]);
    c.focused = 'c-d';
    c.setClusters([]);
    expect(c.focused).toBe('d');
    c.setClusters([{ id: 'c-c', members: ['c', 'd'] }]);
    c.focused = 'c-c';
    c.setClusters([{ id: 'c-b', members: ['b', 'c'] }]);
    expect(c.focused).toBe('c-b');
  });

  it('zooms to a cluster’s members, apart', () => {
    const c = make();
    c.setClusters([{ id: 'c-d', members: ['d', 'e', 'f'] }]);
    const [a, b] = c.clusterWindow('c-d');
    expect(a).toBeLessThan(t('2024-10-24'));
    expect(b).toBeGreaterThan(t('2024-11-09'));
    expect(b - a).toBeLessThan(60 * DAY);
  });

  it.each([
    ['ArrowRight', 'c', { kind: 'focus', id: 'd' }],
    ['ArrowLeft', 'c', { kind: 'focus', id: 'b' }],
    ['Home', 'c', { kind: 'focus', id: 'a' }],
    ['End', 'c', { kind: 'focus', id: 'g' }],
    ['Enter', 'c', { kind: 'open', id: 'c' }],
    [' ', 'c', { kind: 'open', id: 'c' }],
    ['+', 'c', { kind: 'zoom', factor: ZOOM_STEP }],
    ['=', 'c', { kind: 'zoom', factor: ZOOM_STEP }],
    ['-', 'c', { kind: 'zoom', factor: 1 / ZOOM_STEP }],
    ['Escape', 'c', { kind: 'close' }],
    ['x', 'c', undefined],
    ['ArrowRight', 'g', undefined],
  ] as const)('%j on %s → %j', (key, current, action) => {
    expect(make().keyAction(key, current)).toEqual(action);
  });

  it('Enter on a cluster zooms to it', () => {
    const c = make();
    c.setClusters([{ id: 'c-d', members: ['d', 'e'] }]);
    expect(c.keyAction('Enter', 'c-d')).toEqual({ kind: 'zoomTo', id: 'c-d' });
  });
});

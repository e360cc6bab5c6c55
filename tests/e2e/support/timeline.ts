/** Helpers for the timeline's browser tests: the visible window, label boxes, focus and layout shifts, read from the page. */
import type { Locator, Page } from '@playwright/test';

/** The visible window [start, end] in ms, as the enhanced timeline reports it. */
export async function visibleWindow(timeline: Locator): Promise<[number, number]> {
  const value = await timeline.getAttribute('data-window');
  if (!value) throw new Error('the timeline is not enhanced (no data-window)');
  const [a, b] = value.split(' ').map(Number);
  return [a, b];
}

/** The span of the visible window, in ms. */
export async function windowSpan(timeline: Locator): Promise<number> {
  const [a, b] = await visibleWindow(timeline);
  return b - a;
}

/** Boxes of the labels a reader can see: events' own and clusters' (not the hidden ones shown only on focus or hover). */
export async function visibleLabelBoxes(timeline: Locator) {
  return timeline.locator('.tl-ev:not(.is-filtered):not(.is-clustered) .tl-label:not(.is-hidden), .tl-callout:not(.is-hidden) .tl-label').evaluateAll((labels) =>
    labels.map((label) => {
      const r = label.getBoundingClientRect();
      const id = label.closest('a')?.getAttribute('data-id') ?? label.closest('.tl-callout')!.getAttribute('data-for') ?? '';
      return { id, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
    }),
  );
}

export function overlapping(boxes: { id: string; x0: number; x1: number; y0: number; y1: number }[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) pairs.push(`${a.id} × ${b.id}`);
    }
  }
  return pairs;
}

/** The id of the focused event or cluster marker, if any. */
export function focusedEvent(page: Page): Promise<string | null> {
  return page.evaluate(() => (document.activeElement as Element | null)?.closest('a.tl-ev, a.tl-cluster')?.getAttribute('data-id') ?? null);
}

/**
 * Key events (importance 3) in view with no label a reader can see: neither their own nor their
 * cluster's naming them (`data-named` lists the members whose labels it shows).
 */
export function unlabelledKeyEvents(timeline: Locator): Promise<string[]> {
  return timeline.evaluate((root) => {
    const [w0, w1] = root.getAttribute('data-window')!.split(' ').map(Number);
    const missing: string[] = [];
    for (const a of root.querySelectorAll<SVGAElement>('a.tl-ev[data-imp="3"]:not(.is-filtered)')) {
      const t = Number(a.dataset.t);
      if (t < w0 || t > w1) continue;
      const own = a.querySelector('.tl-label:not(.is-hidden)') && !a.classList.contains('is-clustered');
      const cluster = [...root.querySelectorAll<SVGAElement>('a.tl-cluster:not(.is-hidden)')].find((c) => c.dataset.members!.split(' ').includes(a.dataset.id!));
      const callout = cluster && root.querySelector<SVGGElement>(`.tl-callout[data-for="${cluster.dataset.id}"]:not(.is-hidden)`);
      const named = callout?.dataset.named?.split(' ').includes(a.dataset.id!);
      if (!own && !named) missing.push(a.dataset.id!);
    }
    return missing;
  });
}

/** Starts counting layout shifts on every page the context opens (call before goto). */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function layoutShifts(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { shifts: number }).shifts);
}

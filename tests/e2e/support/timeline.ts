/** Helpers for the timeline's browser tests: the visible window and the label boxes, read from the page. */
import type { Locator, Page } from '@playwright/test';

/** The visible window [start, end] in ms, as the enhanced timeline reports it. */
export async function visibleWindow(timeline: Locator): Promise<[number, number]> {
  const value = await timeline.getAttribute('data-window');
  if (!value) throw new Error('the timeline is not enhanced (no data-window)');
  const [a, b] = value.split(' ').map(Number);
  return [a, b];
}

/** Boxes of the labels a reader can see (not the hidden ones shown only on focus or hover). */
export async function visibleLabelBoxes(timeline: Locator) {
  return timeline.locator('.tl-ev:not(.is-filtered) .tl-label:not(.is-hidden)').evaluateAll((labels) =>
    labels.map((label) => {
      const r = label.getBoundingClientRect();
      return { id: label.closest('a')!.getAttribute('data-id')!, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
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

/** The id of the focused event marker, if any. */
export function focusedEvent(page: Page): Promise<string | null> {
  return page.evaluate(() => (document.activeElement as Element | null)?.closest('a.tl-ev')?.getAttribute('data-id') ?? null);
}

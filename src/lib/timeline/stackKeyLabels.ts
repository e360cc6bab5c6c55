/**
 * The labels of the key markers (importance 3, clusters naming key events, the focused event)
 * stacked exactly, when there are few: every choice of side (starting at the marker or ending
 * at it) is tried; a label that crosses another key marker's stem must sit above that marker's
 * label, so the labels are stacked in that order, each as low as it fits. The stacking with the
 * fewest lanes wins. Where greedy placement paints itself into a corner (dense key events on a
 * narrow screen), this finds a stacking if one exists. Shared by the server and the browser.
 */
import type { LabelSlot } from './types.ts';

export interface KeyBox {
  id: string;
  /** Marker position. */
  x: number;
  width: number;
  /** Lanes the label fills. */
  lanes: number;
  /** Where it may go, with what each place costs. */
  sides: readonly { x: number; anchor: 'start' | 'end'; cost: number }[];
}

/** More key labels than this are left to the greedy placement (2^n stackings to try). */
export const MAX_KEYS = 10;

/** Half-width of a stem as an obstacle (as in placeLabels). */
const STEM = 2;

interface Stacked {
  slots: Map<string, LabelSlot>;
  top: number;
  cost: number;
}

/** Stacks one choice of sides; undefined when labels would cross each other's stems both ways or need more than `lanes`. */
function stack(boxes: readonly KeyBox[], choice: readonly number[], lanes: number, half: number): Stacked | undefined {
  const n = boxes.length;
  const a = boxes.map((b, i) => b.sides[choice[i]].x - half);
  const z = boxes.map((b, i) => b.sides[choice[i]].x + b.width + half);
  // below[i]: the labels whose stems i's box crosses, so they must be under it.
  const below: number[][] = boxes.map(() => []);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      if (i !== j && boxes[j].x + STEM > a[i] && boxes[j].x - STEM < z[i]) {
        below[i].push(j);
      }
    }
  }
  // Kahn's order: a label after every label it must be above.
  const waiting = below.map((list) => list.length);
  const order: number[] = [];
  const dependants: number[][] = boxes.map(() => []);
  below.forEach((list, i) => list.forEach((j) => dependants[j].push(i)));
  const ready = waiting.flatMap((w, i) => (w === 0 ? [i] : []));
  while (ready.length) {
    const i = ready.shift()!;
    order.push(i);
    for (const k of dependants[i]) if (--waiting[k] === 0) ready.push(k);
  }
  if (order.length < n) return undefined;

  const lane = new Array<number>(n).fill(-1);
  let top = 0;
  let cost = 0;
  for (const i of order) {
    let at = 0;
    for (const j of below[i]) at = Math.max(at, lane[j] + boxes[j].lanes);
    const clashes = (l: number) =>
      order.some((k) => lane[k] >= 0 && a[k] < z[i] && a[i] < z[k] && lane[k] < l + boxes[i].lanes && l < lane[k] + boxes[k].lanes);
    while (clashes(at)) at += 1;
    if (at + boxes[i].lanes > lanes) return undefined;
    lane[i] = at;
    top = Math.max(top, at + boxes[i].lanes);
    cost += boxes[i].sides[choice[i]].cost;
  }
  const slots = new Map<string, LabelSlot>();
  boxes.forEach((b, i) => slots.set(b.id, { x: b.sides[choice[i]].x, lane: lane[i], anchor: b.sides[choice[i]].anchor }));
  return { slots, top, cost };
}

/** The best stacking of the key labels within `lanes`, or undefined if none fits (or there are too many to try). */
export function stackKeyLabels(boxes: readonly KeyBox[], lanes: number, gap: number): Map<string, LabelSlot> | undefined {
  if (boxes.length === 0 || boxes.length > MAX_KEYS) return undefined;
  const half = gap / 2;
  let best: Stacked | undefined;
  const choice = new Array<number>(boxes.length).fill(0);
  const visit = (i: number) => {
    if (i === boxes.length) {
      const result = stack(boxes, choice, lanes, half);
      if (result && (!best || result.top < best.top || (result.top === best.top && result.cost < best.cost))) best = result;
      return;
    }
    for (let s = 0; s < boxes[i].sides.length; s += 1) {
      choice[i] = s;
      visit(i + 1);
    }
  };
  visit(0);
  return best?.slots;
}

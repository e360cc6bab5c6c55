/**
 * Label placement with no overlaps: labels go, most important first, into the lane and side
 * where neither the label nor its stem (the line down to the marker) collides with what is
 * placed, preferring places that cover few other markers (whose stems they would block) and low
 * lanes. A label starts at its marker and runs right, or, near the right edge (or when that is
 * taken), ends at its marker: it never crosses the drawing's edges. A label may be several lanes
 * tall (a cluster naming its members). Labels that fit nowhere are left out (the marker stays;
 * the label shows on focus or hover). Shared by the server and the browser.
 */
import { METRICS } from './metrics.ts';
import { MAX_KEYS, stackKeyLabels } from './stackKeyLabels.ts';
import type { LabelSlot } from './types.ts';

export type { LabelSlot } from './types.ts';

export interface LabelRequest {
  id: string;
  /** Marker position. */
  x: number;
  /** Label width, or a function that measures it only when the label might fit. */
  width: number | (() => number);
  /** A lower bound of the width: if even that fits nowhere, the label is not measured. */
  minWidth?: number;
  /** How many lanes the label fills (1 unless it has more than three lines). */
  lanes?: number;
  importance: number;
  /** Tie-break after importance: earlier first. */
  start: number;
}

export interface PlaceOptions {
  /** Drawing limits: labels stay inside. */
  left: number;
  right: number;
  lanes: number;
  gap: number;
  /** Ids placed before all others, in this order (the focused and the open event). */
  first?: readonly string[];
  /** Ids placed right after the key labels (highlighted events). */
  prefer?: readonly string[];
}

/** Half-width of a stem as an obstacle. */
const STEM = 2;

/** Intervals in one lane, sorted by their left edge. */
class Lane {
  private starts: number[] = [];
  private ends: number[] = [];
  /** Widest interval so far: bounds how far left an overlapping interval can start. */
  private widest = 0;

  collides(a: number, b: number): boolean {
    let i = bisect(this.starts, a - this.widest, false);
    for (; i < this.starts.length && this.starts[i] < b; i += 1) {
      if (this.ends[i] > a) return true;
    }
    return false;
  }

  add(a: number, b: number): void {
    const i = bisect(this.starts, a, false);
    this.starts.splice(i, 0, a);
    this.ends.splice(i, 0, b);
    this.widest = Math.max(this.widest, b - a);
  }
}

/** Order of placement: forced ids first, then key labels, then preferred ids, then importance (high first), then date, then id. */
function order(requests: readonly LabelRequest[], first: readonly string[], prefer: ReadonlySet<string>): LabelRequest[] {
  const byImportance = (a: LabelRequest, b: LabelRequest) =>
    b.importance - a.importance || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const rank = new Map(first.map((id, i) => [id, i]));
  const tier = (r: LabelRequest) => rank.get(r.id) ?? first.length + (r.importance === 3 ? 0 : prefer.has(r.id) ? 1 : 2);
  const ranked = requests.map((request) => ({ request, rank: tier(request) }));
  ranked.sort((a, b) => a.rank - b.rank || byImportance(a.request, b.request));
  return ranked.map((r) => r.request);
}

/** What covering another marker costs, by its importance: a key event's stem must stay free. */
const COVER_COST: Record<number, number> = { 1: 0.5, 2: 1, 3: 4 };
/** How much a lane costs against one marker left without room: keeps low lanes free over clusters. */
const LANE_COST = 0.6;
/** How much a label pushed off its marker (no room on either side) costs. */
const PUSHED_COST = 2;

/**
 * Where a label of `width` can go for a marker at `x`: starting at the marker, ending at it, or,
 * when it fits on neither side, pushed inside the limits. Each with its anchor and a cost.
 */
export function labelSides(x: number, width: number, left: number, right: number): { x: number; anchor: 'start' | 'end'; cost: number }[] {
  const offset = METRICS.labelOffset;
  const sides: { x: number; anchor: 'start' | 'end'; cost: number }[] = [];
  const startX = x - offset;
  const endX = x + offset - width;
  if (startX >= left && startX + width <= right) sides.push({ x: startX, anchor: 'start', cost: 0 });
  if (endX >= left && endX + width <= right) sides.push({ x: endX, anchor: 'end', cost: 0 });
  if (sides.length === 0) {
    const pushed = Math.max(left, Math.min(startX, right - width));
    sides.push({ x: pushed, anchor: pushed + width >= right - 0.5 ? 'end' : 'start', cost: PUSHED_COST });
  }
  return sides;
}

/**
 * Places the labels one by one; when that leaves a key label (importance 3, or placed first)
 * without room and there are few key labels, places them again with the key labels stacked
 * exactly first (stackKeyLabels), and keeps that if it labels more of them.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions): Map<string, LabelSlot | null> {
  const first = new Set(options.first ?? []);
  const keys = requests.filter((r) => r.importance === 3 || first.has(r.id));
  const placedKeys = (slots: Map<string, LabelSlot | null>) => keys.filter((r) => slots.get(r.id)).length;
  const greedy = placeWith(requests, options, false);
  if (placedKeys(greedy) === keys.length || keys.length > MAX_KEYS) return greedy;
  const stacked = placeWith(requests, options, true);
  return placedKeys(stacked) > placedKeys(greedy) ? stacked : greedy;
}

function placeWith(requests: readonly LabelRequest[], options: PlaceOptions, stackKeys: boolean): Map<string, LabelSlot | null> {
  const { left, right, lanes, gap } = options;
  const half = gap / 2;
  const laneList = Array.from({ length: lanes }, () => new Lane());
  const result = new Map<string, LabelSlot | null>();
  // Markers by position, with what covering each costs while its label is still to place: a
  // box over a marker blocks its stem (a label already placed below has its stem already).
  const byX = requests.map((r, i) => ({ x: r.x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const markers = Float64Array.from(byX, (m) => m.x);
  const rank = new Map(byX.map((m, k) => [requests[m.i], k]));
  const cost = new Fenwick(byX.length);
  byX.forEach((m, k) => cost.add(k, COVER_COST[requests[m.i].importance]));

  const free = (lane: number, height: number, a: number, b: number) => {
    for (let l = lane; l < lane + height; l += 1) if (laneList[l].collides(a, b)) return false;
    return true;
  };
  const fitsSomewhere = (request: LabelRequest, width: number) => {
    const height = request.lanes ?? 1;
    for (let lane = 0; lane + height <= lanes; lane += 1) {
      for (const side of labelSides(request.x, width, left, right)) {
        if (free(lane, height, side.x - half, side.x + width + half)) return true;
      }
    }
    return false;
  };

  const widths = new Map<LabelRequest, number>();
  const measure = (request: LabelRequest) => {
    let width = widths.get(request);
    if (width === undefined) widths.set(request, (width = typeof request.width === 'function' ? request.width() : request.width));
    return width;
  };
  const put = (request: LabelRequest, slot: LabelSlot) => {
    const width = measure(request);
    for (let l = slot.lane; l < slot.lane + (request.lanes ?? 1); l += 1) laneList[l].add(slot.x - half, slot.x + width + half);
    for (let below = 0; below < slot.lane; below += 1) laneList[below].add(request.x - STEM, request.x + STEM);
    result.set(request.id, slot);
  };

  // The key labels first, stacked exactly when there are few of them.
  const first = new Set(options.first ?? []);
  const keys = requests.filter((r) => r.importance === 3 || first.has(r.id));
  const stacked = stackKeys && keys.length <= MAX_KEYS ? stackKeyLabels(keys.map((r) => ({ id: r.id, x: r.x, width: measure(r), lanes: r.lanes ?? 1, sides: labelSides(r.x, measure(r), left, right) })), lanes, gap) : undefined;
  if (stacked) {
    for (const request of keys) {
      cost.add(rank.get(request)!, -COVER_COST[request.importance]);
      put(request, stacked.get(request.id)!);
    }
  }

  for (const request of order(requests, options.first ?? [], new Set(options.prefer ?? []))) {
    if (result.has(request.id)) continue;
    if (request.minWidth !== undefined && !fitsSomewhere(request, request.minWidth)) {
      cost.add(rank.get(request)!, -COVER_COST[request.importance]);
      result.set(request.id, null);
      continue;
    }
    cost.add(rank.get(request)!, -COVER_COST[request.importance]);
    const width = measure(request);
    const height = request.lanes ?? 1;
    const sides = labelSides(request.x, width, left, right);
    let best: LabelSlot | null = null;
    let bestScore = Infinity;
    for (let lane = 0; lane + height <= lanes; lane += 1) {
      // The stem crosses every lane below this one; once blocked, every higher lane is too.
      if (lane > 0 && laneList[lane - 1].collides(request.x - STEM, request.x + STEM)) break;
      for (const side of sides) {
        const a = side.x - half;
        const b = side.x + width + half;
        if (!free(lane, height, a, b)) continue;
        // Markers under the box (or at its edge), whose stems it would block; the label's own
        // marker aside. Covering a marker in lane 0 leaves it no label at all; higher up, it
        // keeps the lanes below.
        const covered = cost.sum(bisect(markers, b + STEM, true)) - cost.sum(bisect(markers, a - STEM, false));
        const score = covered / (1 + lane) + LANE_COST * lane + side.cost;
        if (score < bestScore) {
          bestScore = score;
          best = { x: side.x, lane, anchor: side.anchor };
        }
      }
    }
    if (best) put(request, best);
    else result.set(request.id, null);
  }
  return result;
}

/** Sums over a prefix, with updates: what covering the markers between two positions costs. */
class Fenwick {
  private readonly tree: Float64Array;
  constructor(n: number) {
    this.tree = new Float64Array(n + 1);
  }

  add(index: number, value: number): void {
    for (let i = index + 1; i < this.tree.length; i += i & -i) this.tree[i] += value;
  }

  /** The sum of the first `count` values. */
  sum(count: number): number {
    let total = 0;
    for (let i = count; i > 0; i -= i & -i) total += this.tree[i];
    return total;
  }
}

/** The first index whose value is not below `value` (or, if `after`, not at or below it). */
function bisect(sorted: ArrayLike<number>, value: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value || (after && sorted[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Label placement with no overlaps: labels go, most important first, into the lowest lane where
 * neither the label nor its stem (the line down to the marker) collides with what is placed.
 * Labels that fit nowhere are left out (the marker stays; the label shows on focus or hover).
 */

export interface LabelRequest {
  id: string;
  /** Marker position. */
  x: number;
  /** Label width, or a function that measures it only when the label might fit. */
  width: number | (() => number);
  /** A lower bound of the width: if even that fits nowhere, the label is not measured. */
  minWidth?: number;
  importance: number;
  /** Tie-break after importance: earlier first. */
  start: number;
}

export interface LabelSlot {
  /** Left edge of the label box. */
  x: number;
  lane: number;
}

export interface PlaceOptions {
  /** Plot limits: labels stay inside. */
  left: number;
  right: number;
  lanes: number;
  gap: number;
  /** Ids placed before all others, in this order (the focused event, highlighted events). */
  first?: readonly string[];
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
    let i = this.lowerBound(a - this.widest);
    for (; i < this.starts.length && this.starts[i] < b; i += 1) {
      if (this.ends[i] > a) return true;
    }
    return false;
  }

  add(a: number, b: number): void {
    const i = this.lowerBound(a);
    this.starts.splice(i, 0, a);
    this.ends.splice(i, 0, b);
    this.widest = Math.max(this.widest, b - a);
  }

  private lowerBound(value: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Order of placement: forced ids first, then importance (high first), then date, then id. */
function order(requests: readonly LabelRequest[], first: readonly string[]): LabelRequest[] {
  const byImportance = (a: LabelRequest, b: LabelRequest) =>
    b.importance - a.importance || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (first.length === 0) return [...requests].sort(byImportance);
  const rank = new Map(first.map((id, i) => [id, i]));
  const ranked = requests.map((request) => ({ request, rank: rank.get(request.id) ?? first.length }));
  ranked.sort((a, b) => a.rank - b.rank || byImportance(a.request, b.request));
  return ranked.map((r) => r.request);
}

export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions): Map<string, LabelSlot | null> {
  const { left, right, lanes, gap } = options;
  const laneList = Array.from({ length: lanes }, () => new Lane());
  const result = new Map<string, LabelSlot | null>();

  // Left-aligned on the marker, pulled back inside the plot when it would overflow.
  const boxAt = (markerX: number, width: number): [number, number] => {
    const x = Math.max(left, Math.min(markerX - 4, right - width));
    return [x - gap / 2, x + width + gap / 2];
  };
  const lanesFree = (box: [number, number]) => laneList.some((lane) => !lane.collides(box[0], box[1]));

  for (const request of order(requests, options.first ?? [])) {
    if (request.minWidth !== undefined && !lanesFree(boxAt(request.x, request.minWidth))) {
      result.set(request.id, null);
      continue;
    }
    const width = typeof request.width === 'function' ? request.width() : request.width;
    const box = boxAt(request.x, width);
    const x = box[0] + gap / 2;
    const stem: [number, number] = [request.x - STEM, request.x + STEM];
    let placed: LabelSlot | null = null;
    for (let lane = 0; lane < lanes && !placed; lane += 1) {
      if (laneList[lane].collides(box[0], box[1])) continue;
      let stemClear = true;
      for (let below = 0; below < lane && stemClear; below += 1) stemClear = !laneList[below].collides(stem[0], stem[1]);
      if (!stemClear) continue;
      laneList[lane].add(box[0], box[1]);
      for (let below = 0; below < lane; below += 1) laneList[below].add(stem[0], stem[1]);
      placed = { x, lane };
    }
    result.set(request.id, placed);
  }
  return result;
}

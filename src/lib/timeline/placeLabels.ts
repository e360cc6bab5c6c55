/**
 * Label placement with no overlaps: labels go, most important first, into the lowest lane where
 * neither the label nor its stem (the line down to the marker) collides with what is placed.
 * Labels that fit nowhere are left out (the marker stays; the label shows on focus or hover).
 */

export interface LabelRequest {
  id: string;
  /** Marker position. */
  x: number;
  width: number;
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
  const rank = new Map(first.map((id, i) => [id, i]));
  return [...requests].sort(
    (a, b) =>
      (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) ||
      b.importance - a.importance ||
      a.start - b.start ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions): Map<string, LabelSlot | null> {
  const { left, right, lanes, gap } = options;
  const laneList = Array.from({ length: lanes }, () => new Lane());
  const result = new Map<string, LabelSlot | null>();

  for (const request of order(requests, options.first ?? [])) {
    // Left-aligned on the marker, pulled back inside the plot when it would overflow.
    const x = Math.max(left, Math.min(request.x - 4, right - request.width));
    const box: [number, number] = [x - gap / 2, x + request.width + gap / 2];
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

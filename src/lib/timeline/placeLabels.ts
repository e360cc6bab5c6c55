/**
 * Label placement with no overlaps: labels go, most important first, into the lane and side
 * (right of the marker, or ending at it) where neither the label nor its stem (the line down to
 * the marker) collides with what is placed, preferring places that cover few other markers
 * (whose stems they would block) and low lanes. Labels that fit nowhere are left out (the
 * marker stays; the label shows on focus or hover).
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

/** How much a lane costs against one marker left without room: keeps low lanes free over clusters. */
const LANE_COST = 0.6;

export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions): Map<string, LabelSlot | null> {
  const { left, right, lanes, gap } = options;
  const half = gap / 2;
  const laneList = Array.from({ length: lanes }, () => new Lane());
  const result = new Map<string, LabelSlot | null>();
  const markers = Float64Array.from(requests, (r) => r.x).sort();

  // A label sits on its marker's right (side 0), or ends at its marker (side 1); either way it
  // stays inside the plot. Returns the label's left edge.
  const labelX = (markerX: number, width: number, side: number) =>
    Math.max(left, Math.min(side === 0 ? markerX - 4 : markerX + 4 - width, right - width));
  const fitsSomewhere = (markerX: number, width: number) => {
    for (const lane of laneList) {
      for (let side = 0; side < 2; side += 1) {
        const x = labelX(markerX, width, side);
        if (!lane.collides(x - half, x + width + half)) return true;
      }
    }
    return false;
  };

  for (const request of order(requests, options.first ?? [])) {
    if (request.minWidth !== undefined && !fitsSomewhere(request.x, request.minWidth)) {
      result.set(request.id, null);
      continue;
    }
    const width = typeof request.width === 'function' ? request.width() : request.width;
    let bestX = 0;
    let bestLane = -1;
    let bestScore = Infinity;
    for (let lane = 0; lane < lanes; lane += 1) {
      // The stem crosses every lane below this one; once blocked, every higher lane is too.
      if (lane > 0 && laneList[lane - 1].collides(request.x - STEM, request.x + STEM)) break;
      for (let side = 0; side < 2; side += 1) {
        const x = labelX(request.x, width, side);
        const a = x - half;
        const b = x + width + half;
        if (laneList[lane].collides(a, b)) continue;
        // Markers under the box, whose stems it would block; the label's own marker aside.
        const score = bisect(markers, b, true) - bisect(markers, a, false) - 1 + LANE_COST * lane;
        if (score < bestScore) {
          bestScore = score;
          bestX = x;
          bestLane = lane;
        }
      }
    }
    if (bestLane === -1) {
      result.set(request.id, null);
      continue;
    }
    laneList[bestLane].add(bestX - half, bestX + width + half);
    for (let below = 0; below < bestLane; below += 1) laneList[below].add(request.x - STEM, request.x + STEM);
    result.set(request.id, { x: bestX, lane: bestLane });
  }
  return result;
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

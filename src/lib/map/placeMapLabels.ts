/**
 * Label placement on a map, with no overlaps: labels are placed in the order given (most
 * important first), each at the first of its candidate positions where its box stays inside
 * the bounds and touches neither a label already placed nor any obstacle (the points' markers,
 * the scale bar). A label that fits nowhere is left out (its point stays, and the list beside
 * the map names it). The timeline's placer (src/lib/timeline/placeLabels.ts) works in lanes
 * along one axis; a map needs two dimensions, hence this small placer.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapLabelRequest {
  id: string;
  width: number;
  height: number;
  /** Top-left corners to try, in order of preference. */
  candidates: readonly { x: number; y: number }[];
  /** Obstacles this label may touch (its own marker). */
  ignore?: readonly string[];
}

export interface Obstacle extends Rect {
  id: string;
}

export interface PlacedLabel extends Rect {
  /** Which candidate was taken. */
  candidate: number;
}

/** Gap kept between a label and anything else, in pixels. */
export const LABEL_GAP = 2;

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

export function inside(a: Rect, bounds: Rect): boolean {
  return a.x >= bounds.x && a.y >= bounds.y && a.x + a.width <= bounds.x + bounds.width && a.y + a.height <= bounds.y + bounds.height;
}

export function placeMapLabels(requests: readonly MapLabelRequest[], obstacles: readonly Obstacle[], bounds: Rect, gap = LABEL_GAP): Map<string, PlacedLabel | null> {
  const placed: Rect[] = [];
  const result = new Map<string, PlacedLabel | null>();
  for (const request of requests) {
    const ignore = new Set(request.ignore ?? []);
    const others = obstacles.filter((o) => !ignore.has(o.id));
    let chosen: PlacedLabel | null = null;
    request.candidates.some((c, i) => {
      const box = { x: c.x, y: c.y, width: request.width, height: request.height };
      if (!inside(box, bounds)) return false;
      if (placed.some((p) => overlaps(box, p, gap))) return false;
      if (others.some((o) => overlaps(box, o, 0))) return false;
      chosen = { ...box, candidate: i };
      return true;
    });
    result.set(request.id, chosen);
    if (chosen) placed.push(chosen);
  }
  return result;
}

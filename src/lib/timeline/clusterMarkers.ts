/**
 * Markers that would overlap merge into clusters: from left to right, a marker joins the group
 * before it while the two are closer than `distance`, and groups that end up too close merge
 * too, so every drawn marker (single or cluster) is at least `distance` from the next. A pinned
 * marker (the focused or open event) never joins a group. Linear after sorting; deterministic.
 * Shared by the server and the browser.
 */

export interface ClusterPoint {
  id: string;
  x: number;
}

export interface MarkerGroup {
  /** Member ids, left to right. */
  ids: string[];
  /** Leftmost and rightmost member positions. */
  x0: number;
  x1: number;
  /** Where the group is drawn: the middle of its members. */
  x: number;
}

/**
 * Groups `points` (sorted by x, then as given); a group of one is a plain marker. Two plain
 * markers stay apart from `distance`; a cluster (drawn larger) from `clusterDistance`.
 */
export function clusterMarkers(points: readonly ClusterPoint[], distance: number, pinned: ReadonlySet<string> = new Set(), clusterDistance = distance): MarkerGroup[] {
  const sorted = points.map((p, i) => ({ p, i })).sort((a, b) => a.p.x - b.p.x || a.i - b.i);
  const stack: (MarkerGroup & { pinned: boolean })[] = [];
  for (const { p } of sorted) {
    let group = { ids: [p.id], x0: p.x, x1: p.x, x: p.x, pinned: pinned.has(p.id) };
    while (stack.length > 0) {
      const before = stack[stack.length - 1];
      const apart = before.ids.length > 1 || group.ids.length > 1 ? clusterDistance : distance;
      if (before.pinned || group.pinned || group.x - before.x >= apart) break;
      stack.pop();
      const ids = before.ids.concat(group.ids);
      group = { ids, x0: before.x0, x1: group.x1, x: (before.x0 + group.x1) / 2, pinned: false };
    }
    stack.push(group);
  }
  return stack.map(({ ids, x0, x1, x }) => ({ ids, x0, x1, x }));
}

/**
 * The data-* attributes maps and lists share with other components (the explorer's place
 * filter among them), named once so neither side can drift:
 *
 * - `data-place="kursk"`: one place's element: a point on a map, its entry in a map's list.
 * - `data-places="seoul kursk"`: an event's element (a list entry, a marker): its place ids,
 *   space-separated, in the event's order (the first is where it happened); empty when none.
 *   Match one place with the selector `[data-places~="kursk"]`.
 */

export const PLACE_ATTR = 'data-place';
export const PLACES_ATTR = 'data-places';

/** The value of `data-places` for an event's place ids. */
export function placesValue(ids: readonly string[]): string {
  return ids.join(' ');
}

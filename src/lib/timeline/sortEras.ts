/** Eras in date order, and their alternating shade, which follows it. Shared by the server and the browser. */
import type { Era } from './types.ts';

/** A copy of `eras` sorted by start, then end, then id. */
export function sortEras<T extends Pick<Era, 'id' | 'start' | 'end'>>(eras: readonly T[]): T[] {
  return [...eras].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Whether the era at `index` of `count` (in date order) is the unshaded one of its pair: shades alternate back from the latest, which is always shaded. */
export function isAltEra(index: number, count: number): boolean {
  return (count - 1 - index) % 2 === 1;
}

/**
 * The overview strip under a timeline: every decade of the data, the density of events as bars,
 * the eras, and the window the drawing shows. Positions are shares of the width (0 to 1), so the
 * strip is drawn in percentages and fits any width without a new layout; only the window moves.
 * Pure; shared by the server and the browser.
 */
import { isAltEra, sortEras } from './sortEras.ts';
import type { Era, TimeWindow } from './types.ts';

export interface OverviewGeometry {
  /** The stretch the strip spans. */
  range: TimeWindow;
  /** Bars of event density: where (shares) and how tall (0 to 1). */
  bins: { from: number; to: number; height: number }[];
  /** Year labels; `minor` ones are left out where the strip is narrow. */
  years: { share: number; text: string; minor: boolean }[];
  eras: { id: string; from: number; to: number; alt: boolean }[];
  /** The window shown in the drawing, as shares. */
  window: { from: number; to: number };
}

/** A window narrower than this share of the strip gets a line at its middle, so it never vanishes. */
export const HANDLE_BELOW = 0.04;

/** Bars across the strip. */
export const OVERVIEW_BINS = 120;

/** Where time `t` falls across `range`, from 0 to 1 (clamped). */
export function overviewShare(t: number, range: TimeWindow): number {
  return Math.min(1, Math.max(0, (t - range[0]) / (range[1] - range[0])));
}

/** The time at share `share` of `range`. */
export function overviewTime(share: number, range: TimeWindow): number {
  return range[0] + share * (range[1] - range[0]);
}

/** The step between year labels for a stretch of `years`, and whether every other label is minor. */
function yearStep(years: number): number {
  if (years <= 6) return 1;
  if (years <= 15) return 2;
  if (years <= 40) return 5;
  if (years <= 120) return 10;
  return 25;
}

export function layoutOverview(starts: readonly number[], eras: readonly Era[], range: TimeWindow, window: TimeWindow): OverviewGeometry {
  const counts = new Array<number>(OVERVIEW_BINS).fill(0);
  for (const t of starts) counts[Math.min(OVERVIEW_BINS - 1, Math.floor(overviewShare(t, range) * OVERVIEW_BINS))] += 1;
  const most = Math.max(1, ...counts);
  const bins = counts.flatMap((n, i) => (n === 0 ? [] : [{ from: i / OVERVIEW_BINS, to: (i + 1) / OVERVIEW_BINS, height: Math.sqrt(n / most) }]));

  const y0 = new Date(range[0]).getUTCFullYear();
  const y1 = new Date(range[1]).getUTCFullYear();
  const step = yearStep(y1 - y0);
  const years: OverviewGeometry['years'] = [];
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
    const share = overviewShare(Date.UTC(y, 0, 1), range);
    if (share <= 0 || share >= 1) continue;
    years.push({ share, text: String(y), minor: (y / step) % 2 === 1 });
  }

  return {
    range,
    bins,
    years,
    eras: sortEras(eras).map((era, i, all) => ({ id: era.id, from: overviewShare(era.start, range), to: overviewShare(era.end, range), alt: isAltEra(i, all.length) })),
    window: { from: overviewShare(window[0], range), to: overviewShare(window[1], range) },
  };
}

/** A share as an SVG percentage: `12.35%`. */
export function percent(share: number): string {
  return `${Math.round(share * 10000) / 100}%`;
}

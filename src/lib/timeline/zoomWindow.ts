/**
 * Between d3-zoom's transform (k, x) over the full extent and the visible time window.
 * The extent is drawn across the plot at k = 1; a transform scales and shifts that drawing.
 * Shared by the server and the browser.
 */
import { DAY } from '../dates/calendarDate.ts';
import { linearTime } from './linearTime.ts';
import { METRICS } from './metrics.ts';
import type { TimeWindow } from './types.ts';
import type { TimeScale } from './timeScale.ts';

export interface ZoomTransform {
  k: number;
  x: number;
}

/** Time → x on screen under a transform. */
export function zoomedScale(extent: TimeWindow, width: number, transform: ZoomTransform): TimeScale {
  const base = linearTime(extent, width);
  const map = ((t: number) => transform.k * base(t) + transform.x) as TimeScale;
  map.invert = (px: number) => base.invert((px - transform.x) / transform.k);
  return map;
}

/** The window of time visible across the plot under a transform. */
export function windowOf(extent: TimeWindow, width: number, transform: ZoomTransform): TimeWindow {
  const x = zoomedScale(extent, width, transform);
  return [x.invert(METRICS.padX), x.invert(width - METRICS.padX)];
}

/** The transform that shows `window` across the plot (clamped to the extent). */
export function transformFor(extent: TimeWindow, window: TimeWindow, width: number): ZoomTransform {
  const lo = Math.max(extent[0], window[0]);
  const hi = Math.min(extent[1], window[1]);
  const base = linearTime(extent, width);
  const k = Math.max(1, (extent[1] - extent[0]) / Math.max(1, hi - lo));
  return { k, x: METRICS.padX - k * base(lo) };
}

/** The largest zoom factor: the narrowest window shows `minDays` days. */
export function maxZoom(extent: TimeWindow, minDays = 10): number {
  return Math.max(1, (extent[1] - extent[0]) / (minDays * DAY));
}

/**
 * The same mapping as `timeScale`, in plain arithmetic, for the browser: it spares the page
 * d3-scale's weight (the JavaScript budget), and a unit test keeps the two equal.
 * Shared by the server and the browser.
 */
import { METRICS } from './metrics.ts';
import type { TimeWindow } from './types.ts';
import type { TimeScale } from './timeScale.ts';

export function linearTime(window: TimeWindow, width: number): TimeScale {
  const [t0, t1] = window;
  const r0 = METRICS.padX;
  const k = (width - 2 * METRICS.padX) / (t1 - t0 || 1);
  const map = ((t: number) => r0 + (t - t0) * k) as TimeScale;
  map.invert = (x: number) => t0 + (x - r0) / k;
  return map;
}

/** The UTC time scale of a window across a width: time → x (and back), as d3-scale computes it. */
import { scaleUtc } from 'd3-scale';
import { METRICS } from './metrics.ts';
import type { TimeWindow } from './types.ts';

export interface TimeScale {
  (t: number): number;
  invert(x: number): number;
}

/** Maps the window onto [padX, width − padX]. */
export function timeScale(window: TimeWindow, width: number): TimeScale {
  const scale = scaleUtc().domain([new Date(window[0]), new Date(window[1])]).range([METRICS.padX, width - METRICS.padX]);
  // d3's time scales coerce their input with `+x`, so a millisecond number maps like its Date.
  const map = ((t: number) => scale(t as unknown as Date)) as TimeScale;
  map.invert = (x: number) => scale.invert(x).getTime();
  return map;
}

/** Fixed vertical metrics and text sizes of the timeline drawing, shared by layout and styles. */

export const METRICS = {
  /** Horizontal padding so markers at the window's edges are drawn whole. */
  padX: 14,
  /** Band of era names at the top. */
  eraHeight: 22,
  /** Height of one label lane. */
  laneHeight: 46,
  /** Space between the lowest lane and the axis. */
  laneGap: 10,
  /** Marker radius. */
  markerRadius: 7,
  /** Height of one row of span bars under the axis. */
  spanRow: 9,
  /** Band of tick labels at the bottom. */
  tickBand: 30,
  /** Font sizes in pixels: the date line (bold), the label lines, the ticks and era names. */
  dateSize: 11,
  labelSize: 13,
  tickSize: 12,
  eraSize: 11,
  /** A label wraps at this width, on two lines at most. */
  labelMaxWidth: 150,
  /** Minimum horizontal gap between two labels. */
  labelGap: 8,
} as const;

/** The vertical position (top) of label lane `lane`, counted up from the axis. */
export function laneTop(lane: number, axisY: number): number {
  return axisY - METRICS.markerRadius - METRICS.laneGap - (lane + 1) * METRICS.laneHeight;
}

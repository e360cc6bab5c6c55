/**
 * Fixed metrics of the timeline drawing: sizes, gaps and text sizes, the one source for the
 * layout, the server's SVG and the browser (the SVG carries the font sizes as attributes, so no
 * stylesheet repeats them). Shared by the server and the browser.
 */

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
  /** Radius of a cluster marker (it holds a count). */
  clusterRadius: 10,
  /** Markers closer than this (centre to centre) merge into a cluster. */
  clusterDistance: 14,
  /** Height of one row of span bars under the axis. */
  spanRow: 9,
  /** A span shorter than this many days is drawn as a point, with no bar. */
  minSpanDays: 30,
  /** Band of tick labels at the bottom. */
  tickBand: 30,
  /** Font sizes in pixels: the date line (bold), the label lines, the ticks and era names, a cluster's count. */
  dateSize: 11,
  labelSize: 13,
  tickSize: 12,
  eraSize: 11,
  countSize: 11,
  /** Space between two lines of a label, beyond the font size. */
  lineGap: 2,
  /** A label starts this far left of its marker (or ends this far right of it, when flipped). */
  labelOffset: 4,
  /** A label wraps at this width, on two lines at most (narrower in a narrow drawing). */
  labelMaxWidth: 150,
  labelMaxWidthNarrow: 110,
  /** A cluster's label (its date range, count and the members it names) is at most this wide. */
  calloutMaxWidth: 230,
  calloutMaxWidthNarrow: 180,
  /** A cluster names at most this many members. */
  calloutMaxNames: 10,
  /** Minimum horizontal gap between two labels. */
  labelGap: 8,
  /** Label lanes: at least one, at most this many. */
  maxLanes: 8,
  /**
   * Drawing widths where the number of lanes may change: narrow below the first, medium below
   * the second, wide above. timeline.css sizes the drawing's box with the same container queries.
   */
  laneBuckets: [600, 900],
  /** The overview strip under the drawing: its height, and the band of its year labels. */
  overviewHeight: 40,
  overviewTickBand: 15,
} as const;

/** The vertical position (top) of label lane `lane`, counted up from the axis. */
export function laneTop(lane: number, axisY: number): number {
  return axisY - METRICS.markerRadius - METRICS.laneGap - (lane + 1) * METRICS.laneHeight;
}

/** The height of a label of `lines` lines (the first a date or header line), descenders included. */
export function labelHeight(lines: number): number {
  return METRICS.dateSize + METRICS.lineGap + (lines - 1) * (METRICS.labelSize + METRICS.lineGap) + 3;
}

/** How many lanes a label of `lines` lines fills. */
export function lanesFor(lines: number): number {
  return Math.max(1, Math.ceil(labelHeight(lines) / METRICS.laneHeight));
}

/**
 * The top of a label of `lines` lines whose lowest lane is `lane`: a label of three lines or
 * fewer sits at the top of its lane; a taller one ends where a three-line label would, so its
 * stem meets its last line.
 */
export function labelTop(lane: number, lines: number, axisY: number): number {
  return laneTop(lane, axisY) + METRICS.laneHeight - Math.max(METRICS.laneHeight, labelHeight(lines));
}

/** Which lane bucket a drawing of `width` pixels is in: 0 narrow, 1 medium, 2 wide. */
export function laneBucket(width: number): 0 | 1 | 2 {
  return width < METRICS.laneBuckets[0] ? 0 : width < METRICS.laneBuckets[1] ? 1 : 2;
}

/** How wide labels may be in a drawing of `width` pixels: an event's, and a cluster's. */
export function labelWidths(width: number): { label: number; callout: number } {
  return laneBucket(width) === 0
    ? { label: METRICS.labelMaxWidthNarrow, callout: METRICS.calloutMaxWidthNarrow }
    : { label: METRICS.labelMaxWidth, callout: METRICS.calloutMaxWidth };
}

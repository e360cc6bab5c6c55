/** The named, typed stages of a timeline: TimelineEvent → PlacedEvent (or a PlacedCluster of them), Era → PlacedEra. Shared by the server and the browser. */

/** An event ready for layout: dates as UTC milliseconds, texts in the page's language. */
export interface TimelineEvent {
  id: string;
  /** Start (or only) day, UTC milliseconds at midnight. */
  start: number;
  /** Last day of a span, UTC milliseconds at midnight. */
  end?: number;
  /** 3 turning point, 2 notable, 1 context. */
  importance: 1 | 2 | 3;
  /** Short label printed beside the marker. */
  label: string;
  /** Short date printed above the label (`19 jun 2024`). */
  dateLabel: string;
}

/** A period drawn as a background band (the Soviet era, the war in Ukraine). */
export interface Era {
  id: string;
  start: number;
  end: number;
  label: string;
}

/** A visible window of time: [start, end] in UTC milliseconds. */
export type TimeWindow = readonly [number, number];

/** Maps a time (UTC ms) to a horizontal position in pixels. */
export type TimeToX = (t: number) => number;

export interface PlacedLabel {
  /** Left edge of the label box. */
  x: number;
  /** Top of the label box. */
  y: number;
  /** The lowest lane it fills; 0 is the lane nearest the axis. */
  lane: number;
  /** How many lanes it fills. */
  lanes: number;
  width: number;
  /** The label's text, wrapped: the first line is the date (or a cluster's range and count). */
  lines: string[];
  /** Where the text is anchored: its left edge, or (flipped) its right edge. */
  anchor: 'start' | 'end';
}

export interface PlacedEvent {
  id: string;
  /** Marker position: the start date on the axis. */
  x: number;
  /** A span's end position; undefined for a point event. */
  x2?: number;
  /** Row of a span bar below the axis. */
  spanRow?: number;
  /** Whether the marker lies inside the plot (the window). */
  inView: boolean;
  /** The cluster that stands for it, when its marker merged with its neighbours'. */
  cluster?: string;
  /** Where the label goes, or null when it does not fit or its cluster stands for it (still shown on focus or hover). */
  label: PlacedLabel | null;
}

/** Markers that would overlap, drawn as one marker with their count. */
export interface PlacedCluster {
  /** `c-` and its first member's id. */
  id: string;
  /** Where the cluster's marker is drawn. */
  x: number;
  /** Member ids in date order. */
  members: string[];
  /** First and last member dates (UTC ms). */
  start: number;
  end: number;
  /** The highest importance among its members. */
  importance: 1 | 2 | 3;
  /** Members its label names (importance 3 and highlighted ones; else its most important one). */
  named: string[];
  /** Its label: the range and count, then the named members; null when it does not fit. */
  label: PlacedLabel | null;
}

export interface PlacedEra {
  id: string;
  /** Its dates (UTC ms). */
  start: number;
  end: number;
  x0: number;
  x1: number;
  label: string;
  /** Every other era, in date order, is shaded. */
  alt: boolean;
  /** The band is wide enough for its name. */
  showLabel: boolean;
}

export interface Tick {
  t: number;
  x: number;
  text: string;
  /** How the text sits on the tick: centred, or kept inside the drawing at its edges. */
  anchor: 'start' | 'middle' | 'end';
}

export interface TimelineGeometry {
  width: number;
  height: number;
  /** The label lanes the drawing has room for, and how many of them its labels fill. */
  lanes: number;
  lanesUsed: number;
  /** Vertical position of the axis line and the markers' centres. */
  axisY: number;
  /** Left and right limits of the plot, inside the width. */
  plot: readonly [number, number];
  events: PlacedEvent[];
  clusters: PlacedCluster[];
  eras: PlacedEra[];
  ticks: Tick[];
}

/** Where a label goes: the output of the label placer (placeLabels.ts, stackKeyLabels.ts). */
export interface LabelSlot {
  /** Left edge of the label box. */
  x: number;
  /** The lowest lane the label fills. */
  lane: number;
  /** How the text is anchored: at its left edge, or at its right edge (flipped, near the right edge). */
  anchor: 'start' | 'end';
}

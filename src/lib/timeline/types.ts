/** The named, typed stages of a timeline: TimelineEvent → PlacedEvent, Era → PlacedEra. */

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
  /** Left edge of the text. */
  x: number;
  /** Top of the label box. */
  y: number;
  /** 0 is the lane nearest the axis. */
  lane: number;
  width: number;
  /** The label's text, wrapped: the first line is the date. */
  lines: string[];
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
  /** Where the label goes, or null when it does not fit (still shown on focus or hover). */
  label: PlacedLabel | null;
}

export interface PlacedEra {
  id: string;
  x0: number;
  x1: number;
  label: string;
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
  /** Vertical position of the axis line and the markers' centres. */
  axisY: number;
  /** Left and right limits of the plot, inside the width. */
  plot: readonly [number, number];
  events: PlacedEvent[];
  eras: PlacedEra[];
  ticks: Tick[];
}

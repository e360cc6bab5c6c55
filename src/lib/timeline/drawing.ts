/** Small drawing rules shared by the server's SVG and the browser's updates: shapes and positions. */
import { labelSides } from './placeLabels.ts';
import { METRICS, labelHeight, laneTop } from './metrics.ts';
import type { PlacedEvent, PlacedLabel } from './types.ts';

export type MarkerStatus = 'confirmed' | 'official' | 'claimed';

/**
 * Marker shapes by status, centred on (0, 0): never colour alone. Confirmed: a filled disc.
 * Official (one side): a disc filled on its left half. Claimed: a hollow diamond (dashed in CSS).
 */
export function markerPath(status: MarkerStatus, r: number = METRICS.markerRadius - 1): string {
  if (status === 'claimed') {
    const d = r + 1;
    return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
  }
  return `M0,${-r}A${r},${r} 0 1,1 0,${r}A${r},${r} 0 1,1 0,${-r}Z`;
}

/** The filled left half of the official marker. */
export function halfDiscPath(r: number = METRICS.markerRadius - 1): string {
  return `M0,${-r}A${r},${r} 0 0,0 0,${r}Z`;
}

/** Rounds to a tenth of a pixel: shorter SVG, stable output. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Where a label goes when it has no lane: in the lowest lane, over its neighbours, shown on
 * focus or hover only; like a placed label it starts at its marker, or ends at it near the right edge.
 */
export function peekLabel(markerX: number, text: { lines: string[]; width: number }, drawingWidth: number, axisY: number): PlacedLabel {
  const side = labelSides(markerX, text.width, 0, drawingWidth)[0];
  return { x: side.x, y: laneTop(0, axisY), lane: 0, lanes: 1, width: text.width, lines: text.lines, anchor: side.anchor };
}

/** The x the text is anchored at: its left edge, or its right edge when flipped. */
export function textX(label: Pick<PlacedLabel, 'x' | 'width' | 'anchor'>): number {
  return label.anchor === 'end' ? label.x + label.width : label.x;
}

/** The top of the stem from the marker up to its label: just inside the label's last line. */
export function stemTop(label: Pick<PlacedLabel, 'y' | 'lines'>): number {
  return label.y + Math.max(METRICS.laneHeight, labelHeight(label.lines.length)) - 6;
}

/** Vertical offsets (baselines) of a label's lines: the date (or header) line, then the label lines. */
export function lineOffsets(count: number): number[] {
  const offsets: number[] = [METRICS.dateSize];
  for (let i = 1; i < count; i += 1) offsets.push(METRICS.dateSize + METRICS.lineGap + i * (METRICS.labelSize + METRICS.lineGap));
  return offsets;
}

/** The span bar of an event under the axis, if it is a span. */
export function spanBar(event: PlacedEvent, axisY: number): { x: number; y: number; width: number; height: number } | undefined {
  if (event.x2 === undefined || event.spanRow === undefined) return undefined;
  return {
    x: px(event.x),
    y: px(axisY + METRICS.markerRadius + 4 + event.spanRow * METRICS.spanRow),
    width: px(Math.max(2, event.x2 - event.x)),
    height: METRICS.spanRow - 3,
  };
}

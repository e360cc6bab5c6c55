/**
 * The text of labels, measured: an event's (its date, then its label on one or two lines) and a
 * cluster's (its range and count, then one line per member it names). Shared by the server and the browser.
 */
import type { Lang } from '../../i18n/languages.ts';
import { measureText } from './measureText.ts';
import { METRICS } from './metrics.ts';
import { shortRange } from './rangeText.ts';
import type { TimelineEvent } from './types.ts';
import { fitText, wrapText } from './wrapText.ts';

export interface LabelText {
  lines: string[];
  width: number;
}

/** The label's lines (date first) and its width, for an event; wrapped at `maxWidth`. */
export function labelLines(event: Pick<TimelineEvent, 'label' | 'dateLabel'>, maxWidth: number = METRICS.labelMaxWidth): LabelText {
  const text = wrapText(event.label, maxWidth, METRICS.labelSize);
  const width = Math.max(measureText(event.dateLabel, METRICS.dateSize, true), ...text.map((line) => measureText(line, METRICS.labelSize)));
  return { lines: [event.dateLabel, ...text], width: Math.ceil(width) };
}

/** A cluster's header line: its stretch of time, `oct–nov 2024` (its marker shows the count). */
export function clusterHeader(start: number, end: number, lang: Lang): string {
  return shortRange(start, end, lang);
}

/**
 * A cluster's label: its header, then each named member's label on a line of its own (wrapped
 * on two if it is wider than the callout). A cluster that names one member wraps that label as
 * an event's label would be.
 */
export function clusterLines(
  header: string,
  named: readonly Pick<TimelineEvent, 'label'>[],
  maxWidth: number = METRICS.calloutMaxWidth,
  labelWidth: number = METRICS.labelMaxWidth,
): LabelText {
  const body = named.length === 1 ? wrapText(named[0].label, labelWidth, METRICS.labelSize) : named.flatMap((e) => wrapText(e.label, maxWidth, METRICS.labelSize));
  const head = fitText(header, maxWidth, METRICS.dateSize, true);
  const width = Math.max(measureText(head, METRICS.dateSize, true), ...body.map((line) => measureText(line, METRICS.labelSize)));
  return { lines: [head, ...body], width: Math.ceil(width) };
}

/** The timeline layout module: pure, DOM-free, deterministic. Re-exports only. */
export * from './types.ts';
export { METRICS, laneTop } from './metrics.ts';
export { measureText } from './measureText.ts';
export { wrapText } from './wrapText.ts';
export { placeLabels, type LabelRequest, type LabelSlot, type PlaceOptions } from './placeLabels.ts';
export { ticks, tickLevel, tickText, TICK_LEVELS, type TickUnit } from './ticks.ts';
export { layoutTimeline, labelLines, spanRows, timelineHeight, DEFAULT_LANES, type LayoutInput } from './layoutTimeline.ts';
export { timeScale, type TimeScale } from './timeScale.ts';
export { linearTime } from './linearTime.ts';
export { extentOf, windowAround } from './windows.ts';
export { VIEWS, isViewName, type ViewName, type ViewDefinition } from './views.ts';

/** Axis ticks that fit the window: decades, years, months or days, labelled in the page's language. */
import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { DAY } from '../dates/calendarDate.ts';
import { monthName } from '../../i18n/formatDate.ts';
import type { Lang } from '../../i18n/languages.ts';
import { measureText } from './measureText.ts';
import { METRICS } from './metrics.ts';
import type { Tick, TimeToX, TimeWindow } from './types.ts';

export type TickUnit = 'day' | 'month' | 'year';

interface Level {
  unit: TickUnit;
  step: number;
  /** Nominal length of one step, for spacing. */
  span: number;
  interval: CountableTimeInterval;
}

/** From the finest to the coarsest. */
export const TICK_LEVELS: readonly Level[] = [
  { unit: 'day', step: 1, span: DAY, interval: utcDay },
  { unit: 'day', step: 2, span: 2 * DAY, interval: utcDay },
  { unit: 'day', step: 7, span: 7 * DAY, interval: utcDay },
  { unit: 'day', step: 14, span: 14 * DAY, interval: utcDay },
  { unit: 'month', step: 1, span: 30.44 * DAY, interval: utcMonth },
  { unit: 'month', step: 3, span: 91.3 * DAY, interval: utcMonth },
  { unit: 'month', step: 6, span: 182.6 * DAY, interval: utcMonth },
  { unit: 'year', step: 1, span: 365.25 * DAY, interval: utcYear },
  { unit: 'year', step: 2, span: 730.5 * DAY, interval: utcYear },
  { unit: 'year', step: 5, span: 1826 * DAY, interval: utcYear },
  { unit: 'year', step: 10, span: 3652.5 * DAY, interval: utcYear },
  { unit: 'year', step: 20, span: 7305 * DAY, interval: utcYear },
  { unit: 'year', step: 50, span: 18262 * DAY, interval: utcYear },
];

/** The widest label a level can print, measured, plus a gap. */
function needed(level: Level, lang: Lang): number {
  const sample = level.unit === 'year' ? '2024' : level.unit === 'month' ? `${monthName(9, lang, true)} 2024` : `30 ${monthName(9, lang, true)} 2024`;
  return measureText(sample, METRICS.tickSize) + 16;
}

/** The finest level whose ticks are at least one label apart at this zoom. */
export function tickLevel(window: TimeWindow, plotWidth: number, lang: Lang): Level {
  const pxPerMs = plotWidth / Math.max(1, window[1] - window[0]);
  return TICK_LEVELS.find((level) => level.span * pxPerMs >= needed(level, lang)) ?? TICK_LEVELS[TICK_LEVELS.length - 1];
}

/** A tick's text: the year alone at year steps; at month steps the month, with the year on January and on the first tick; at day steps `19 jun`, with the year on the first tick. */
export function tickText(t: number, unit: TickUnit, lang: Lang, first: boolean): string {
  const d = new Date(t);
  const year = d.getUTCFullYear();
  const month = monthName(d.getUTCMonth() + 1, lang, true);
  if (unit === 'year') return String(year);
  if (unit === 'month') return d.getUTCMonth() === 0 ? String(year) : first ? `${month} ${year}` : month;
  const day = `${d.getUTCDate()} ${month}`;
  return first ? `${day} ${year}` : day;
}

/** Ticks inside the window, positioned by `x`; each at least one label apart; texts kept inside [0, width]. */
export function ticks(window: TimeWindow, x: TimeToX, plotWidth: number, lang: Lang, width = plotWidth + 2 * METRICS.padX): Tick[] {
  const level = tickLevel(window, plotWidth, lang);
  const every = level.unit === 'day' && level.step > 1 ? utcDay.filter((d) => (d.getUTCDate() - 1) % level.step === 0 && d.getUTCDate() <= 28) : level.interval.every(level.step);
  if (!every) return [];
  const dates = every.range(new Date(window[0]), new Date(window[1] + 1));
  return dates.map((date, i) => {
    const t = date.getTime();
    const text = tickText(t, level.unit, lang, i === 0);
    const half = measureText(text, METRICS.tickSize) / 2;
    const at = x(t);
    const anchor = at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle';
    return { t, x: at, text, anchor };
  });
}

import { describe, expect, it } from 'vitest';
import { measureText } from '../../../../src/lib/timeline/measureText.ts';
import { METRICS } from '../../../../src/lib/timeline/metrics.ts';
import { tickLevel, ticks, tickText } from '../../../../src/lib/timeline/ticks.ts';
import { timeScale } from '../../../../src/lib/timeline/timeScale.ts';
import { isoToTime } from '../../../../src/lib/dates/calendarDate.ts';
import type { TimeWindow } from '../../../../src/lib/timeline/types.ts';

const win = (a: string, b: string): TimeWindow => [isoToTime(a), isoToTime(b)];

describe('tickLevel(window, plotWidth, lang)', () => {
  it.each([
    [win('1945-01-01', '2025-12-31'), 1000, 'year', 5],
    [win('1945-01-01', '2025-12-31'), 330, 'year', 10],
    [win('2022-01-01', '2025-12-31'), 1000, 'month', 3],
    [win('2024-06-01', '2024-12-31'), 1000, 'month', 1],
    [win('2024-10-15', '2024-11-15'), 1000, 'day', 7],
  ] as const)('%j across %i px → %s every %i', (window, width, unit, step) => {
    const level = tickLevel(window, width, 'es');
    expect([level.unit, level.step]).toEqual([unit, step]);
  });

  it('gets coarser as the window widens', () => {
    const widths = [win('2024-06-01', '2024-06-20'), win('2024-01-01', '2024-12-31'), win('1990-01-01', '2025-01-01'), win('1945-01-01', '2025-12-31')];
    const spans = widths.map((w) => tickLevel(w, 800, 'en').span);
    expect([...spans].sort((a, b) => a - b)).toEqual(spans);
  });
});

describe('ticks(window, x, plotWidth, lang)', () => {
  it.each([
    ['1945-01-01', '2025-12-31', 360],
    ['1945-01-01', '2025-12-31', 1200],
    ['2024-06-01', '2024-12-31', 360],
    ['2024-06-01', '2024-12-31', 760],
    ['2024-10-20', '2024-11-12', 700],
  ])('fit the window %s–%s at %i px: inside it, in order, labels never touching', (a, b, width) => {
    const window = win(a, b);
    const x = timeScale(window, width);
    const list = ticks(window, x, width - 2 * METRICS.padX, 'es');
    expect(list.length).toBeGreaterThan(1);
    for (let i = 0; i < list.length; i += 1) {
      expect(list[i].t).toBeGreaterThanOrEqual(window[0]);
      expect(list[i].t).toBeLessThanOrEqual(window[1]);
      if (i === 0) continue;
      expect(list[i].t).toBeGreaterThan(list[i - 1].t);
      const prevRight = list[i - 1].x + measureText(list[i - 1].text, METRICS.tickSize) / 2;
      const left = list[i].x - measureText(list[i].text, METRICS.tickSize) / 2;
      expect(left - prevRight, `${list[i - 1].text} / ${list[i].text}`).toBeGreaterThan(0);
    }
  });
});

describe('tickText(t, unit, lang, first)', () => {
  const t = isoToTime('2024-06-19');
  it('labels in the page’s language', () => {
    expect(tickText(t, 'day', 'es', false)).toBe('19 jun');
    expect(tickText(t, 'month', 'en', false)).toBe('Jun');
    expect(tickText(t, 'month', 'es', true)).toBe('jun 2024');
    expect(tickText(isoToTime('2024-01-01'), 'month', 'en', false)).toBe('2024');
    expect(tickText(t, 'year', 'es', false)).toBe('2024');
  });
});

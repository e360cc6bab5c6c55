import { describe, expect, it } from 'vitest';
import { linearTime } from '../../../../src/lib/timeline/linearTime.ts';
import { METRICS } from '../../../../src/lib/timeline/metrics.ts';
import { timeScale } from '../../../../src/lib/timeline/timeScale.ts';
import { seeded } from '../../../support/syntheticEvents.ts';

describe('timeScale(window, width) and linearTime(window, width)', () => {
  const window = [Date.UTC(1945, 0, 1), Date.UTC(2025, 11, 31)] as const;

  it('map the window onto the plot, inside the padding', () => {
    const x = timeScale(window, 1000);
    expect(x(window[0])).toBe(METRICS.padX);
    expect(x(window[1])).toBe(1000 - METRICS.padX);
    expect(x.invert(x(Date.UTC(2024, 5, 19)))).toBeCloseTo(Date.UTC(2024, 5, 19), -1);
  });

  it('agree everywhere: the browser’s arithmetic matches d3-scale', () => {
    const rand = seeded(3);
    for (let i = 0; i < 200; i += 1) {
      const a = Date.UTC(1900, 0, 1) + rand() * 4e12;
      const w: [number, number] = [a, a + 1e8 + rand() * 3e12];
      const width = 200 + rand() * 2000;
      const t = w[0] + rand() * (w[1] - w[0]);
      expect(linearTime(w, width)(t)).toBeCloseTo(timeScale(w, width)(t), 6);
      expect(linearTime(w, width).invert(500)).toBeCloseTo(timeScale(w, width).invert(500), -1);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { stripGeometry } from '../../../../src/lib/share/stripGeometry.ts';

const y = (year: number) => Date.UTC(year, 0, 1);

describe('stripGeometry(input)', () => {
  it('places events, eras and the page’s mark as fractions of the whole history', () => {
    const g = stripGeometry({ starts: [y(1945), y(1985), y(2025)], eras: [[y(1945), y(1985)]], mark: { kind: 'point', at: y(1985) } });
    expect(g.dots).toEqual([0, 0.5, 1]);
    expect(g.eras).toEqual([[0, 0.5]]);
    expect(g.mark).toEqual({ kind: 'point', at: 0.5 });
    expect(g.years[0]).toEqual([0, '1945']);
    expect(g.years.at(-1)![1]).toBe('2025');
  });

  it('draws at most one dot per pixel, however many events', () => {
    const starts = Array.from({ length: 5000 }, (_, i) => y(1945) + i * 500_000_000);
    const g = stripGeometry({ starts, eras: [], mark: { kind: 'none' } });
    expect(g.dots.length).toBeLessThanOrEqual(1057);
    expect(g.dots[0]).toBe(0);
    expect(g.dots.at(-1)).toBe(1);
  });
});

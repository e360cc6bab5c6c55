import { describe, expect, it } from 'vitest';
import { pathData, PathWriter } from '../../../../src/lib/map/pathWriter.ts';
import { pathPoints as points } from './pathPoints.ts';

describe('PathWriter', () => {
  it('writes relative, rounded path data that reads back to the points drawn', () => {
    const d = pathData((ctx) => {
      ctx.moveTo(10.04, 20);
      ctx.lineTo(30.26, 20.5);
      ctx.lineTo(30.26, 40);
      ctx.closePath();
      ctx.moveTo(100, 100);
      ctx.lineTo(90.5, 80);
      ctx.lineTo(100, 60);
    });
    expect(points(d)).toEqual([
      [10, 20],
      [30.3, 20.5],
      [30.3, 40],
      [100, 100],
      [90.5, 80],
      [100, 60],
    ]);
    expect(d.startsWith('M10 20l')).toBe(true);
    expect(d).toContain('z');
  });

  it('skips points closer than minStep to the last one, and rings smaller than minSize', () => {
    const d = pathData(
      (ctx) => {
        ctx.moveTo(0, 0);
        ctx.lineTo(0.2, 0.1);
        ctx.lineTo(10, 0);
        ctx.lineTo(10, 10);
        ctx.closePath();
        // An islet of half a pixel.
        ctx.moveTo(50, 50);
        ctx.lineTo(50.4, 50.3);
        ctx.closePath();
      },
      { minStep: 0.7, minSize: 1.5 },
    );
    expect(points(d)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
  });

  it('gives an empty string when nothing is drawn', () => {
    expect(new PathWriter().result()).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { lineOffsets, peekLabel, stemTop, textX } from '../../../../src/lib/timeline/drawing.ts';
import { labelHeight, laneTop, METRICS } from '../../../../src/lib/timeline/metrics.ts';

describe('drawing rules', () => {
  it('a hidden label peeks in the lowest lane, flipped near the right edge so it is never cut', () => {
    const text = { lines: ['19 jun 2024', 'Firma del tratado'], width: 120 };
    const left = peekLabel(50, text, 400, 200);
    expect(left).toMatchObject({ x: 50 - METRICS.labelOffset, anchor: 'start', y: laneTop(0, 200) });
    const right = peekLabel(390, text, 400, 200);
    expect(right.anchor).toBe('end');
    expect(right.x + right.width).toBeLessThanOrEqual(400);
    expect(textX(right)).toBe(right.x + right.width);
  });

  it('a stem reaches just inside its label’s last line, for short and tall labels alike', () => {
    const y = 100;
    expect(stemTop({ y, lines: ['a', 'b'] })).toBe(y + METRICS.laneHeight - 6);
    const tall = ['a', 'b', 'c', 'd', 'e'];
    expect(stemTop({ y, lines: tall })).toBe(y + labelHeight(tall.length) - 6);
    const offsets = lineOffsets(tall.length);
    expect(stemTop({ y, lines: tall })).toBeLessThan(y + offsets.at(-1)!);
  });
});

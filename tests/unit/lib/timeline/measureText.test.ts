import { describe, expect, it } from 'vitest';
import { ASCII_REGULAR } from '../../../../src/lib/timeline/charWidths.ts';
import { measureText } from '../../../../src/lib/timeline/measureText.ts';

describe('measureText(text, fontSize, bold)', () => {
  it('adds up character advances at the font size', () => {
    const zero = ASCII_REGULAR['0'.charCodeAt(0) - 32];
    expect(measureText('0', 100)).toBe(zero);
    expect(measureText('00', 10)).toBeCloseTo((2 * zero) / 10);
    expect(measureText('', 13)).toBe(0);
  });

  it('is wider in bold and for wider letters', () => {
    expect(measureText('Tratado', 13, true)).toBeGreaterThan(measureText('Tratado', 13));
    expect(measureText('WWW', 13)).toBeGreaterThan(measureText('iii', 13));
  });

  it('measures accented letters as their base letter', () => {
    expect(measureText('Seúl', 13)).toBe(measureText('Seul', 13));
    expect(measureText('Pionyang ñ', 13)).toBe(measureText('Pionyang n', 13));
  });

  it('gives Hangul and CJK a full em and other scripts a generous width', () => {
    expect(measureText('평양', 10)).toBe(20);
    expect(measureText('Москва', 10)).toBeGreaterThanOrEqual(measureText('Moskva', 10));
  });
});

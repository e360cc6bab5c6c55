import { describe, expect, it } from 'vitest';
import { measureText } from '../../../../src/lib/timeline/measureText.ts';
import { wrapText } from '../../../../src/lib/timeline/wrapText.ts';

describe('wrapText(text, maxWidth, fontSize)', () => {
  it('keeps a short label on one line', () => {
    expect(wrapText('Firma del tratado', 150, 13)).toEqual(['Firma del tratado']);
  });

  it('wraps a longer label on two lines, each within the width', () => {
    const lines = wrapText('La Duma Estatal ratifica el tratado', 150, 13);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(measureText(line, 13)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe('La Duma Estatal ratifica el tratado');
  });

  it('ends with an ellipsis what does not fit on two lines', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 80, 13);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(measureText(lines[1], 13)).toBeLessThanOrEqual(80);
  });
});

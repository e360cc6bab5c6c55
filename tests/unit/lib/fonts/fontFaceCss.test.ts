import { describe, expect, it } from 'vitest';
import { fallbackFaces, fallbackOverrides, webFontFace } from '../../../../src/lib/fonts/fontFaceCss.ts';

const font = { unitsPerEm: 1000, ascent: 1000, descent: -300, lineGap: 0, xWidthAvg: 450 };
const fallback = { unitsPerEm: 2048, ascent: 1854, descent: -434, lineGap: 67, xWidthAvg: 1024 };

describe('fallbackOverrides(font, fallback)', () => {
  it('scales the fallback to the font’s average advance', () => {
    const o = fallbackOverrides(font, fallback);
    expect(o.sizeAdjust).toBeCloseTo(0.45 / 0.5);
    // Scaled, the fallback's average advance is the font's.
    expect((fallback.xWidthAvg / fallback.unitsPerEm) * o.sizeAdjust).toBeCloseTo(font.xWidthAvg / font.unitsPerEm);
  });

  it('gives the scaled fallback the font’s ascent, descent and line gap', () => {
    const o = fallbackOverrides(font, fallback);
    expect(o.ascentOverride * o.sizeAdjust).toBeCloseTo(1);
    expect(o.descentOverride * o.sizeAdjust).toBeCloseTo(0.3);
    expect(o.lineGapOverride).toBe(0);
  });
});

describe('webFontFace and fallbackFaces', () => {
  it('write a swap face for the web font and a regular and a bold local face per fallback', () => {
    expect(webFontFace({ family: 'Face', url: './face.woff2', weight: '400 700' })).toContain("src: url('./face.woff2') format('woff2');");
    expect(webFontFace({ family: 'Face', url: './face.woff2', weight: '400' })).toContain('font-display: swap;');
    const css = fallbackFaces(font, { family: 'Face fallback', regular: ['Arial', 'Liberation Sans'], bold: ['Arial Bold'], metrics: fallback });
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain("src: local('Arial'), local('Liberation Sans');");
    expect(css).toContain('size-adjust: 90.00%;');
    expect(css).toContain('ascent-override: 111.11%;');
    expect(css).toContain('font-weight: 700;');
  });
});

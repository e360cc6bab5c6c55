import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/i18n/formatNumber.ts';

describe('formatNumber(n, lang)', () => {
  it.each([
    [130, 'es', '130'],
    [6700, 'es', '6700'],
    [10900, 'es', '10\u00a0900'],
    [1234567, 'es', '1\u00a0234\u00a0567'],
    [130, 'en', '130'],
    [6700, 'en', '6,700'],
    [10900, 'en', '10,900'],
    [-2500, 'en', '−2,500'],
  ] as const)('%d in %s is %j', (n, lang, text) => {
    expect(formatNumber(n, lang)).toBe(text);
  });
});

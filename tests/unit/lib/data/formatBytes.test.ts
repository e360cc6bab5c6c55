import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../../src/lib/data/formatBytes.ts';

describe('formatBytes(bytes, lang)', () => {
  it.each([
    [812, 'en', '812 bytes'],
    [3140, 'en', '3.1 kB'],
    [3140, 'es', '3,1 kB'],
    [82_400, 'es', '82 kB'],
    [1_450_000, 'en', '1.4 MB'],
    [12_600_000, 'es', '13 MB'],
  ] as const)('%d in %s → %s', (bytes, lang, text) => expect(formatBytes(bytes, lang).replace(/\u00a0/g, ' ')).toBe(text));

  it('keeps the number and its unit together', () => {
    expect(formatBytes(3140, 'en')).toBe('3.1\u00a0kB');
  });

  it('refuses what is not a size', () => {
    expect(() => formatBytes(-1, 'en')).toThrow();
    expect(() => formatBytes(1.5, 'en')).toThrow();
  });
});

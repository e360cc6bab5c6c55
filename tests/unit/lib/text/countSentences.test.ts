import { describe, expect, it } from 'vitest';
import { countSentences } from '../../../../src/lib/text/countSentences.ts';

describe('countSentences(text)', () => {
  it.each([
    ['', 0],
    ['One sentence.', 1],
    ['No final stop', 1],
    ['First one. Second one.', 2],
    ['¿Por qué? Porque sí. ¡Claro!', 3],
    ['EE. UU. y Rusia. Otra frase.', 2],
    ['The U.S. said so. Russia denied it.', 2],
    ['Son 11.000 soldados. Rusia no lo confirma.', 2],
    ['Kim Jong Un signed. It took effect on 4 December 2024.', 2],
    ['He said “it is false.” Then he left.', 2],
  ])('%j has %i', (text, n) => {
    expect(countSentences(text)).toBe(n);
  });
});

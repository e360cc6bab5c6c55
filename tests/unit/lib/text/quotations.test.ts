import { describe, expect, it } from 'vitest';
import { QUOTE_MAX_WORDS, quotationProblems, quotations } from '../../../../src/lib/text/quotations.ts';

describe('quotations(text, lang)', () => {
  it('finds the passages in each language’s own marks', () => {
    expect(quotations('Se oponen a las «medidas coercitivas unilaterales» y a un orden «multipolar».', 'es')).toEqual(['medidas coercitivas unilaterales', 'multipolar']);
    expect(quotations('They oppose “unilateral coercive measures”.', 'en')).toEqual(['unilateral coercive measures']);
    expect(quotations('They oppose «this».', 'en')).toEqual([]);
  });
});

describe('quotationProblems(text, lang)', () => {
  it('accepts text without quotations and short ones in the right marks', () => {
    expect(quotationProblems('Las partes fomentan la cooperación.', 'es')).toEqual([]);
    expect(quotationProblems('Un orden «multipolar».', 'es')).toEqual([]);
    expect(quotationProblems('A “multipolar” order, each party’s own.', 'en')).toEqual([]);
  });

  it('refuses straight quotes and the other language’s marks', () => {
    expect(quotationProblems('Un orden "multipolar".', 'es')).toEqual(['straight quotes ("): quote with «…»']);
    expect(quotationProblems('A «multipolar» order.', 'en')).toEqual(['« » are not English quotation marks: quote with “…”']);
  });

  it('refuses unbalanced marks', () => {
    expect(quotationProblems('Un orden «multipolar.', 'es')).toEqual(['unbalanced quotation marks (1 «, 0 »)']);
  });

  it(`refuses a quotation of more than ${QUOTE_MAX_WORDS} words`, () => {
    const long = '«uno dos tres cuatro cinco seis siete ocho»';
    expect(quotationProblems(`Dice ${long}.`, 'es')).toEqual([`quotation of 8 words (at most ${QUOTE_MAX_WORDS}): ${long}`]);
    expect(quotationProblems('Dice «uno dos tres cuatro cinco seis siete».', 'es')).toEqual([]);
  });
});

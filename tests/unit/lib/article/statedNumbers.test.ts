import { describe, expect, it } from 'vitest';
import { proseText } from '../../../../src/lib/article/mdxText.ts';
import { paragraphs, statedNumbers, unbackedNumbers } from '../../../../src/lib/article/statedNumbers.ts';

describe('statedNumbers(text)', () => {
  it('reads figures as Spanish and English write them, and their value', () => {
    expect(statedNumbers('unos 1.500 soldados, about 15,000 troops, 9 millones de proyectiles, 6\u00a0700 km')).toEqual([
      { text: '1.500', value: 1500 },
      { text: '15,000', value: 15000 },
      { text: '9 millones', value: 9_000_000 },
      { text: '6\u00a0700', value: 6700 },
    ]);
    expect(statedNumbers('unos 11.000&nbsp;millones de dólares').map((n) => n.value)).toEqual([11_000_000_000]);
  });

  it('leaves out years and small counts', () => {
    expect(statedNumbers('En 2024, el artículo 4 de un tratado de 23 artículos; nueve soldados; 1961.')).toEqual([]);
  });
});

describe('paragraphs(body)', () => {
  it('splits at blank lines, and a list into its items; a heading goes with the paragraph under it', () => {
    expect(paragraphs('Uno.\n\nDos.\n\n- a\n- b\n')).toEqual(['Uno.', 'Dos.', '- a', '- b']);
    expect(paragraphs('## La cifra: 11.000\n\nSegún X.\n\nOtro.')).toEqual(['## La cifra: 11.000\nSegún X.', 'Otro.']);
  });
});

describe('unbackedNumbers(body, prose, eventText)', () => {
  const events: Record<string, string> = { zelensky: 'Zelenski dice que hay 11.000 soldados en Kursk.', nis: 'El NIS habla de unos 600 muertos.' };
  const check = (body: string) => unbackedNumbers(body, proseText, (id) => events[id]);

  it('accepts a figure that an event cited in the same paragraph carries', () => {
    expect(check('Según Zelenski (<EventRef id="zelensky" />), había 11.000 soldados.')).toEqual([]);
  });

  it('flags a figure no cited event carries, or one cited in another paragraph', () => {
    expect(check('Había 11.000 soldados y 600 muertos. <EventRef id="zelensky" />').map((p) => p.number)).toEqual(['600']);
    expect(check('<EventRef id="zelensky" />\n\nHabía 11.000 soldados.').map((p) => p.number)).toEqual(['11.000']);
  });
});

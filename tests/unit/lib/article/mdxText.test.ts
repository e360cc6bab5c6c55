import { describe, expect, it } from 'vitest';
import { countWords, eventRefIds, mdxBody, proseText, treatyArticleRefs, typedDates, withoutReportQuotes } from '../../../../src/lib/article/mdxText.ts';
import { readingMinutes } from '../../../../src/lib/article/readingTime.ts';

const source = `---
key: x
---

import Foo from './foo.astro';

La Duma votó el <EventRef id="duma-ratifies" noYear />, y el tratado entró en vigor el <EventRef id='treaty-in-force' />.

## Una sección

<Timeline view="ratification" caption="De la firma a la entrada en vigor" />

<ReportQuote>Texto citado del informe</ReportQuote>

Un [enlace](../otro/) y **negrita**.
`;

describe('mdxBody, proseText and countWords', () => {
  it('keep the prose a reader reads, without frontmatter, imports and component attributes', () => {
    const prose = proseText(mdxBody(source));
    expect(prose).not.toContain('key: x');
    expect(prose).not.toContain('import');
    expect(prose).not.toContain('caption');
    expect(prose).toContain('Una sección');
    expect(prose).toContain('enlace');
    expect(countWords('Son 11.000 soldados, según Kiev.')).toBe(5);
  });

  it('drops marked quotations of the report for the originality check', () => {
    expect(withoutReportQuotes(mdxBody(source))).not.toContain('Texto citado');
  });
});

describe('eventRefIds(body)', () => {
  it('lists the ids of every <EventRef>, in order', () => {
    expect(eventRefIds(source)).toEqual(['duma-ratifies', 'treaty-in-force']);
  });
});

describe('treatyArticleRefs(body, firstLine)', () => {
  it('finds each <TreatyArticle n={…}> with its number and line, and marks a number that is not one', () => {
    const body = 'Según el <TreatyArticle n={4} />,\n\ny el <TreatyArticle short n="16" />; y <TreatyArticle n={cuatro} />.';
    expect(treatyArticleRefs(body, 12)).toEqual([
      { n: 4, line: 12 },
      { n: 16, line: 14 },
      { n: Number.NaN, line: 14 },
    ]);
  });
});

describe('typedDates(text)', () => {
  it('finds day-and-month dates typed into prose, in both languages', () => {
    expect(typedDates('El 24 de octubre la Duma votó; el 6 de noviembre, el Consejo.')).toEqual(['24 de octubre', '6 de noviembre']);
    expect(typedDates('On 19 June they signed; on December 4 it took effect.')).toEqual(['19 June', 'December 4']);
  });

  it('lets years and months alone pass', () => {
    expect(typedDates('En junio de 2024, y en 1961, y in June 2024.')).toEqual([]);
  });
});

describe('readingMinutes(words)', () => {
  it('counts 200 words a minute, at least one', () => {
    expect(readingMinutes(50)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
  });
});

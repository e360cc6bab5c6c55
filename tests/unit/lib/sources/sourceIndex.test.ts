import { describe, expect, it } from 'vitest';
import { sourceIndex } from '../../../../src/lib/sources/sourceIndex.ts';
import type { Source } from '../../../../src/schemas/source.ts';

const source = (publisher: string, url: string): Source => ({ publisher, url, language: 'en', title: { es: 't', en: 't' } });

describe('sourceIndex(events)', () => {
  const events = [
    { id: 'b', sources: [source('TASS', 'https://tass.com/2'), source('Interfax', 'https://interfax.com/1')] },
    { id: 'a', sources: [source('TASS', 'https://tass.com/1'), source('TASS', 'https://tass.com/2')] },
  ];

  it('groups by publisher in name order, each URL once, with the events citing it', () => {
    expect(sourceIndex(events)).toEqual([
      { publisher: 'Interfax', sources: [{ source: source('Interfax', 'https://interfax.com/1'), eventIds: ['b'] }] },
      {
        publisher: 'TASS',
        sources: [
          { source: source('TASS', 'https://tass.com/1'), eventIds: ['a'] },
          { source: source('TASS', 'https://tass.com/2'), eventIds: ['b', 'a'] },
        ],
      },
    ]);
  });

  it('gives the same result whatever the order of the input events', () => {
    const publishers = (groups: ReturnType<typeof sourceIndex>) => groups.map((g) => [g.publisher, g.sources.map((s) => s.source.url)]);
    expect(publishers(sourceIndex([...events].reverse()))).toEqual(publishers(sourceIndex(events)));
  });
});

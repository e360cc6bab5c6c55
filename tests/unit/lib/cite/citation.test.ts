import { describe, expect, it } from 'vitest';
import { citation, type CitationInput } from '../../../../src/lib/cite/citation.ts';

const article = (lang: 'es' | 'en'): CitationInput => ({
  author: lang === 'es' ? 'Moscú–Pionyang' : 'Moscow–Pyongyang',
  title: lang === 'es' ? 'Cómo ratificaron Rusia y Corea del Norte su tratado' : 'How Russia and North Korea ratified their treaty',
  site: lang === 'es' ? 'Moscú–Pionyang' : 'Moscow–Pyongyang',
  kind: 'page',
  published: '2026-11-27',
  updated: '2026-12-01',
  version: '2026-12-01',
  url: `https://example.github.io/repo/${lang}/a/`,
});

describe('citation(input, lang): Chicago author-date', () => {
  it('cites an article with its author, year, title, site, publication and modification dates and URL', () => {
    expect(citation(article('en'), 'en')).toBe(
      'Moscow–Pyongyang. 2026. “How Russia and North Korea ratified their treaty.” Moscow–Pyongyang, 27 November 2026. Last modified 1 December 2026. https://example.github.io/repo/en/a/.',
    );
    expect(citation(article('es'), 'es')).toBe(
      'Moscú–Pionyang. 2026. «Cómo ratificaron Rusia y Corea del Norte su tratado». Moscú–Pionyang, 27 de noviembre de 2026. Última modificación: 1 de diciembre de 2026. https://example.github.io/repo/es/a/.',
    );
  });

  it('gives no modification date when there is none after publication', () => {
    expect(citation({ ...article('en'), updated: '2026-11-27' }, 'en')).not.toMatch(/Last modified/);
  });

  it('cites a page with no publication date of its own by its version, whose year it takes', () => {
    const page: CitationInput = { ...article('en'), published: undefined, updated: undefined, version: '2027-01-05', title: 'The Duma ratifies the treaty' };
    expect(citation(page, 'en')).toBe('Moscow–Pyongyang. 2027. “The Duma ratifies the treaty.” Moscow–Pyongyang. Version of 5 January 2027. https://example.github.io/repo/en/a/.');
  });

  it('cites a dataset as such, with its version and licence', () => {
    const data: CitationInput = { ...article('es'), kind: 'dataset', title: 'Hechos de la relación', published: undefined, updated: undefined, license: 'CC BY 4.0', url: 'https://x.example/es/datos/' };
    expect(citation(data, 'es')).toBe('Moscú–Pionyang. 2026. «Hechos de la relación». Conjunto de datos. Moscú–Pionyang. Versión del 1 de diciembre de 2026. CC BY 4.0. https://x.example/es/datos/.');
  });

  it('does not double the full stop after a title ending in a question mark', () => {
    expect(citation({ ...article('en'), title: 'An alliance?' }, 'en')).toContain('“An alliance?” Moscow–Pyongyang,');
  });
});

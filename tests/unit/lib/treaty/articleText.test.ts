import { describe, expect, it } from 'vitest';
import { articleHeading, articleLinkText, articleMention } from '../../../../src/lib/treaty/articleText.ts';

const article4 = { number: 4, subject: { es: 'ayuda militar', en: 'military assistance' } };
const article5 = { number: 5, subject: { es: 'terceros Estados', en: 'third states' } };

describe('the names of a treaty article', () => {
  it('as a heading: number and subject, the subject capitalised', () => {
    expect(articleHeading(article4, 'es')).toBe('Artículo 4 — Ayuda militar');
    expect(articleHeading(article4, 'en')).toBe('Article 4 — Military assistance');
  });

  it('as a link after a label: lowercase «artículo» in Spanish, the subject capitalised', () => {
    expect(articleLinkText(article4, 'es')).toBe('artículo 4 — Ayuda militar');
    expect(articleLinkText(article4, 'en')).toBe('Article 4 — Military assistance');
  });

  it('in running text: the subject as written (proper nouns kept), no Spanish article of its own', () => {
    expect(articleMention(article4, 'es')).toBe('artículo 4, sobre ayuda militar');
    expect(articleMention(article5, 'es')).toBe('artículo 5, sobre terceros Estados');
    expect(articleMention(article4, 'en')).toBe('Article 4, on military assistance');
    expect(articleMention(article4, 'es', true)).toBe('artículo 4');
    expect(articleMention(article4, 'en', true)).toBe('Article 4');
  });
});

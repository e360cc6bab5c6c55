import { describe, expect, it } from 'vitest';
import { hreflangLinks } from '../../../src/integrations/sitemapAlternates.ts';

describe('hreflangLinks(html)', () => {
  it('reads the language alternates a page declares, and nothing else', () => {
    const html = `<head><link rel="canonical" href="https://x.io/es/a/">
      <link rel="alternate" hreflang="es" href="https://x.io/es/a/"><link rel="alternate" hreflang="en" href="https://x.io/en/b/">
      <link rel="alternate" type="application/rss+xml" href="https://x.io/es/rss.xml"><link rel="alternate" hreflang="x-default" href="https://x.io/es/a/"></head>`;
    expect(hreflangLinks(html)).toEqual([
      { lang: 'es', url: 'https://x.io/es/a/' },
      { lang: 'en', url: 'https://x.io/en/b/' },
      { lang: 'x-default', url: 'https://x.io/es/a/' },
    ]);
  });
});

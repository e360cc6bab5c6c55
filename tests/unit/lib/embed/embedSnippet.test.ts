import { describe, expect, it } from 'vitest';
import { attr, embedCode, iframeHtml, oembedDocument } from '../../../../src/lib/embed/embedSnippet.ts';

const input = { src: 'https://example.github.io/repo/en/embed/ratification/', title: 'From “signing” to force & <after>', height: 600 };

describe('iframeHtml(input)', () => {
  it('is an iframe at the column’s width with the default height, marked for /embed.js, its title escaped', () => {
    expect(iframeHtml(input)).toBe(
      '<iframe src="https://example.github.io/repo/en/embed/ratification/" title="From “signing” to force &amp; &lt;after&gt;" width="680" height="600" style="width:100%;border:0" loading="lazy" data-mp-embed></iframe>',
    );
  });

  it('escapes what could close the attribute', () => {
    expect(attr('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
  });
});

describe('embedCode(input)', () => {
  it('is the iframe, then the optional script on its own line', () => {
    const code = embedCode({ ...input, script: 'https://example.github.io/repo/embed.js' });
    expect(code.split('\n')).toEqual([iframeHtml(input), '<script src="https://example.github.io/repo/embed.js" async></script>']);
  });
});

describe('oembedDocument(input)', () => {
  it('is an oEmbed 1.0 rich response whose HTML is the iframe', () => {
    const doc = oembedDocument({ ...input, providerName: 'Moscow–Pyongyang', providerUrl: 'https://example.github.io/repo/en/', thumbnail: 'https://example.github.io/repo/og/en/timeline.png' });
    expect(doc).toEqual({
      version: '1.0',
      type: 'rich',
      title: input.title,
      provider_name: 'Moscow–Pyongyang',
      provider_url: 'https://example.github.io/repo/en/',
      author_name: 'Moscow–Pyongyang',
      author_url: 'https://example.github.io/repo/en/',
      html: iframeHtml(input),
      width: 680,
      height: 600,
      thumbnail_url: 'https://example.github.io/repo/og/en/timeline.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });
});

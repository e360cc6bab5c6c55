import { describe, expect, it } from 'vitest';
import { pageText } from '../../../../src/lib/fonts/pageText.ts';

describe('pageText(html)', () => {
  it('keeps text nodes and decodes entities', () => {
    const text = pageText('<p title="ignored ☃">EE.&nbsp;UU. &amp; &#171;sí&#xBB; <b>ñ</b></p>');
    expect(text).toContain('EE.\u00a0UU. & «sí» ');
    expect(text).toContain('ñ');
    expect(text).not.toContain('☃');
  });

  it('drops scripts, styles and comments', () => {
    expect(pageText('<script>let ü = 1</script><style>p::after{content:"ß"}</style><!-- ø -->x')).toBe('   x');
  });
});

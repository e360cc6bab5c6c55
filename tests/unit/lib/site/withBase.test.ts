import { describe, expect, it } from 'vitest';
import { withBase } from '../../../../src/lib/site/withBase.ts';

describe('withBase(base, path)', () => {
  it.each([
    ['/', '/es/', '/es/'],
    ['/', 'es/', '/es/'],
    ['/repo/', '/es/cronologia/', '/repo/es/cronologia/'],
    ['/repo', '/en/', '/repo/en/'],
    ['/repo/', '/', '/repo/'],
    ['/repo/', '/en/timeline/#treaty-signed', '/repo/en/timeline/#treaty-signed'],
    ['/repo/', '_astro/a.css', '/repo/_astro/a.css'],
  ])('withBase(%j, %j) → %j', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });

  it.each(['https://example.org/', '//evil.example/', 'javascript:alert(1)'])('refuses %j, which would escape the base', (path) => {
    expect(() => withBase('/repo/', path)).toThrow(/not a site-internal path/);
  });
});

import { describe, expect, it } from 'vitest';
import { deployTarget, LOCAL_PREVIEW, normaliseBase, normaliseSite } from '../../../../src/lib/site/deployTarget.ts';

describe('deployTarget(env)', () => {
  it('defaults to a local preview when SITE_URL and BASE_PATH are unset', () => {
    expect(deployTarget({})).toEqual(LOCAL_PREVIEW);
    expect(LOCAL_PREVIEW).toEqual({ site: 'http://localhost:4321', base: '/' });
  });

  it('reads a GitHub Pages project target', () => {
    expect(deployTarget({ SITE_URL: 'https://example.github.io', BASE_PATH: '/rusia-corea-del-norte/' })).toEqual({
      site: 'https://example.github.io',
      base: '/rusia-corea-del-norte/',
    });
  });
});

describe('normaliseBase(raw)', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['repo', '/repo/'],
    ['/repo', '/repo/'],
    ['/repo/', '/repo/'],
    ['//repo//', '/repo/'],
    ['/a/b', '/a/b/'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });

  it.each(['/a/../b', '/a b/', '/repo?x=1', 'https://x.io/repo'])('refuses %j, naming BASE_PATH', (raw) => {
    expect(() => normaliseBase(raw)).toThrow(/BASE_PATH/);
  });
});

describe('normaliseSite(raw)', () => {
  it('keeps the origin, dropping a trailing slash', () => {
    expect(normaliseSite('https://example.github.io/')).toBe('https://example.github.io');
  });

  it.each(['example.github.io', 'ftp://example.org', 'https://example.github.io/repo/', 'https://x.io/?a=1'])(
    'refuses %j, naming SITE_URL',
    (raw) => {
      expect(() => normaliseSite(raw)).toThrow(/SITE_URL/);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { switchHref } from '../../../../src/lib/site/switchHref.ts';

describe('switchHref', () => {
  it('adds, replaces and removes the event in the fragment', () => {
    expect(switchHref('/base/es/cronologia/', { hash: 'treaty-signed' })).toBe('/base/es/cronologia/#treaty-signed');
    expect(switchHref('/base/es/cronologia/#treaty-signed', { hash: 'duma-ratifies' })).toBe('/base/es/cronologia/#duma-ratifies');
    expect(switchHref('/base/es/cronologia/#treaty-signed', { hash: '' })).toBe('/base/es/cronologia/');
  });

  it('carries a search, encoded, and drops it when the search is emptied', () => {
    expect(switchHref('/en/search/', { query: 'Kim & Putin' })).toBe('/en/search/?q=Kim%20%26%20Putin');
    expect(switchHref('/en/search/?q=old', { query: 'Vostóchny' })).toBe('/en/search/?q=Vost%C3%B3chny');
    expect(switchHref('/en/search/?q=old', { query: '' })).toBe('/en/search/');
  });

  it('leaves alone what it is not asked to change', () => {
    expect(switchHref('/en/search/?q=a#top', { hash: 'x' })).toBe('/en/search/?q=a#x');
    expect(switchHref('/en/timeline/#a', { query: 'b' })).toBe('/en/timeline/?q=b#a');
    expect(switchHref('/en/', {})).toBe('/en/');
  });
});

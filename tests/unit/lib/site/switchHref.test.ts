import { describe, expect, it } from 'vitest';
import { switchHref } from '../../../../src/lib/site/switchHref.ts';

describe('switchHref(href, change)', () => {
  it('adds, replaces and removes the event in the fragment', () => {
    expect(switchHref('/base/es/cronologia/', { hash: 'treaty-signed' })).toBe('/base/es/cronologia/#treaty-signed');
    expect(switchHref('/base/es/cronologia/#treaty-signed', { hash: 'duma-ratifies' })).toBe('/base/es/cronologia/#duma-ratifies');
    expect(switchHref('/base/es/cronologia/#treaty-signed', { hash: '' })).toBe('/base/es/cronologia/');
  });

  it('carries a search, encoded, and drops it when the search is emptied', () => {
    expect(switchHref('/en/search/', { params: { q: 'Kim & Putin' } })).toBe('/en/search/?q=Kim%20%26%20Putin');
    expect(switchHref('/en/search/?q=old', { params: { q: 'Vostóchny' } })).toBe('/en/search/?q=Vost%C3%B3chny');
    expect(switchHref('/en/search/?q=old', { params: { q: '' } })).toBe('/en/search/');
  });

  it('carries the timeline’s date beside the open event, and drops it for today', () => {
    expect(switchHref('/en/timeline/#nis-troops-report', { params: { asof: '2024-11-09' } })).toBe('/en/timeline/?asof=2024-11-09#nis-troops-report');
    expect(switchHref('/en/timeline/?asof=2024-11-09#a', { params: { asof: '' } })).toBe('/en/timeline/#a');
  });

  it('leaves alone what it is not asked to change', () => {
    expect(switchHref('/en/search/?q=a#top', { hash: 'x' })).toBe('/en/search/?q=a#x');
    expect(switchHref('/en/timeline/?asof=2024-12-04#a', { params: { q: 'b' } })).toBe('/en/timeline/?asof=2024-12-04&q=b#a');
    expect(switchHref('/en/', {})).toBe('/en/');
  });
});

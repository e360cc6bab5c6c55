import { describe, expect, it } from 'vitest';
import { ASK, heightMessage, isAskMessage, isHeightMessage } from '../../../../src/lib/embed/embedMessage.ts';

describe('heightMessage(id, height)', () => {
  it('is the documented shape, rounded up to whole pixels', () => {
    expect(heightMessage('ratification', 611.2)).toEqual({ type: 'mp-embed:height', id: 'ratification', height: 612 });
  });
});

describe('isHeightMessage(data)', () => {
  it('accepts a well-formed height message', () => {
    expect(isHeightMessage(heightMessage('treaty-signed', 480))).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'mp-embed:height'],
    ['another type', { type: 'resize', id: 'a', height: 10 }],
    ['no id', { type: 'mp-embed:height', height: 10 }],
    ['an id that is no slug', { type: 'mp-embed:height', id: '<script>', height: 10 }],
    ['a height as text', { type: 'mp-embed:height', id: 'a', height: '10' }],
    ['a fractional height', { type: 'mp-embed:height', id: 'a', height: 10.5 }],
    ['no height', { type: 'mp-embed:height', id: 'a', height: 0 }],
    ['an absurd height', { type: 'mp-embed:height', id: 'a', height: 1e9 }],
    ['NaN', { type: 'mp-embed:height', id: 'a', height: Number.NaN }],
  ])('refuses %s', (_name, data) => expect(isHeightMessage(data)).toBe(false));
});

describe('isAskMessage(data)', () => {
  it('recognises the host’s question and nothing else', () => {
    expect(isAskMessage({ type: ASK })).toBe(true);
    expect(isAskMessage({ type: 'mp-embed:height' })).toBe(false);
    expect(isAskMessage(null)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { CARD, shareCard, stripSvg, type CardNode, type ShareCardInput } from '../../../../src/lib/share/shareCard.ts';

const input: ShareCardInput = {
  siteName: 'Moscú–Pionyang',
  kicker: 'Cronología · 19 de junio de 2024',
  title: 'Firma del tratado',
  subtitle: 'Pionyang',
  dots: [0, 0.5, 1],
  eras: [[0, 0.5]],
  years: [[0, '1945'], [1, '2025']],
  mark: { kind: 'point', at: 0.98 },
};

const texts = (node: CardNode | string): string[] =>
  typeof node === 'string' ? [node] : [node.props.children ?? []].flat().flatMap((child) => texts(child as CardNode | string));

describe('shareCard(input)', () => {
  it('is a 1200 × 630 card with the site name, kicker, title, subtitle and year labels', () => {
    const card = shareCard(input);
    expect(card.props.style).toMatchObject({ width: CARD.width, height: CARD.height });
    expect(CARD).toEqual({ width: 1200, height: 630 });
    expect(texts(card)).toEqual(expect.arrayContaining(['Moscú–Pionyang', 'Cronología · 19 de junio de 2024', 'Firma del tratado', 'Pionyang', '1945', '2025']));
  });
});

describe('stripSvg(input)', () => {
  it('draws every dot in one path, and the page’s mark', () => {
    const svg = stripSvg(input);
    expect(svg.match(/a5,5 0 1,0 10,0/g)).toHaveLength(3);
    expect(svg).toContain('<circle');
  });

  it('shades a window instead of a point for articles', () => {
    const svg = stripSvg({ ...input, mark: { kind: 'window', from: 0.9, to: 0.95 } });
    expect(svg).toContain('fill-opacity="0.18"');
    expect(svg).not.toContain('<circle');
  });
});

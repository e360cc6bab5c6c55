/**
 * The share image template (1200 × 630): site name and kicker, title, subtitle, and a small
 * drawing of the whole timeline with this page's place in it. Pure: it returns the element tree
 * satori lays out; rendering is in renderShareImage.ts.
 */

export const CARD = { width: 1200, height: 630 } as const;

/** Where this page sits on the timeline strip, as fractions of the whole history (0–1). */
export type StripMark = { kind: 'point'; at: number } | { kind: 'window'; from: number; to: number } | { kind: 'none' };

export interface ShareCardInput {
  siteName: string;
  /** A short line above the title: the page type and date. */
  kicker: string;
  title: string;
  subtitle?: string;
  /** Every event's position on the strip (0–1), for the drawing's dots. */
  dots: number[];
  /** Eras as [from, to] fractions, shaded alternately. */
  eras: [number, number][];
  /** Year labels under the strip: [fraction, text]. */
  years: [number, string][];
  mark: StripMark;
}

/** A satori element: the shape React elements have, built by hand (no React needed). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

const h = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

const COLORS = { bg: '#fdfcf9', fg: '#1b1b1b', soft: '#5a5a5a', rule: '#d9d5c9', accent: '#a4161a', band: '#efece3', dot: '#7a7468' };
const STRIP = { width: 1056, height: 96, axis: 58 };

/** The strip's drawing (bands, axis, dots, mark) as one SVG image: one element for satori however many events. */
export function stripSvg(input: ShareCardInput): string {
  const x = (f: number) => Math.round(Math.max(0, Math.min(1, f)) * STRIP.width * 10) / 10;
  const parts: string[] = [];
  input.eras.forEach(([a, b], i) => {
    if (i % 2 === 0) parts.push(`<rect x="${x(a)}" y="0" width="${Math.max(1, x(b) - x(a))}" height="${STRIP.axis + 8}" fill="${COLORS.band}"/>`);
  });
  if (input.mark.kind === 'window') {
    const left = x(input.mark.from);
    const width = Math.max(6, x(input.mark.to) - left);
    parts.push(`<rect x="${left}" y="0" width="${width}" height="${STRIP.axis + 8}" fill="${COLORS.accent}" fill-opacity="0.18"/>`);
    parts.push(`<rect x="${left}" y="0" width="3" height="${STRIP.axis + 8}" fill="${COLORS.accent}"/><rect x="${left + width - 3}" y="0" width="3" height="${STRIP.axis + 8}" fill="${COLORS.accent}"/>`);
  }
  parts.push(`<rect x="0" y="${STRIP.axis}" width="${STRIP.width}" height="2" fill="${COLORS.soft}"/>`);
  const dots = input.dots.map((d) => `M${x(d) - 5},${STRIP.axis + 1}a5,5 0 1,0 10,0a5,5 0 1,0 -10,0`).join('');
  if (dots) parts.push(`<path d="${dots}" fill="${COLORS.dot}"/>`);
  if (input.mark.kind === 'point') {
    const left = x(input.mark.at);
    parts.push(`<rect x="${left - 1.5}" y="6" width="3" height="${STRIP.axis - 6}" fill="${COLORS.accent}"/>`);
    parts.push(`<circle cx="${left}" cy="${STRIP.axis + 1}" r="14" fill="${COLORS.bg}"/><circle cx="${left}" cy="${STRIP.axis + 1}" r="10" fill="${COLORS.accent}"/>`);
  }
  // 16 px of margin each side, at 1:1 scale, so a mark at either end is drawn whole.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${STRIP.width + 32}" height="${STRIP.axis + 16}" viewBox="-16 0 ${STRIP.width + 32} ${STRIP.axis + 16}">${parts.join('')}</svg>`;
}

function strip(input: ShareCardInput): CardNode {
  const x = (f: number) => Math.round(Math.max(0, Math.min(1, f)) * STRIP.width);
  const years = input.years.map(([f, text]) =>
    h('div', { position: 'absolute', left: x(f) - 40, top: STRIP.axis + 12, width: 80, display: 'flex', justifyContent: 'center', fontSize: 20, color: COLORS.soft }, text),
  );
  const drawing: CardNode = {
    type: 'img',
    props: { src: `data:image/svg+xml;base64,${Buffer.from(stripSvg(input)).toString('base64')}`, width: STRIP.width + 32, height: STRIP.axis + 16, style: { position: 'absolute', left: -16, top: 0 } } as CardNode['props'],
  };
  return h('div', { position: 'relative', display: 'flex', width: STRIP.width, height: STRIP.height }, [drawing, ...years]);
}

export function shareCard(input: ShareCardInput): CardNode {
  return h(
    'div',
    { width: CARD.width, height: CARD.height, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', backgroundColor: COLORS.bg, color: COLORS.fg, fontFamily: 'Noto Sans', paddingLeft: 72, paddingRight: 72, paddingBottom: 36, borderTop: `14px solid ${COLORS.accent}` },
    [
      h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', marginTop: 44, fontSize: 28 }, [
        h('div', { fontWeight: 700 }, input.siteName),
        h('div', { color: COLORS.soft }, input.kicker),
      ]),
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
        h('div', { fontSize: input.title.length > 70 ? 52 : 60, fontWeight: 700, lineHeight: 1.15, lineClamp: 3, display: 'block' }, input.title),
        ...(input.subtitle ? [h('div', { marginTop: 22, fontSize: 30, lineHeight: 1.3, color: COLORS.soft, lineClamp: 2, display: 'block' }, input.subtitle)] : []),
      ]),
      strip(input),
    ],
  );
}

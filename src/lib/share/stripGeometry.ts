/** The share card's timeline strip: positions as fractions of the whole history, and year labels. */
import type { ShareCardInput, StripMark } from './shareCard.ts';

/** Horizontal resolution of the strip's dots (its width in the card, in pixels). */
const STRIP_PIXELS = 1056;

export interface StripInput {
  /** Every event's start, UTC ms. */
  starts: number[];
  /** Eras as [start, end], UTC ms. */
  eras: [number, number][];
  /** This page's place: an instant, a window, or nothing. */
  mark: { kind: 'point'; at: number } | { kind: 'window'; from: number; to: number } | { kind: 'none' };
}

export function stripGeometry(input: StripInput): Pick<ShareCardInput, 'dots' | 'eras' | 'years' | 'mark'> {
  const lo = Math.min(...input.starts);
  const hi = Math.max(...input.starts);
  const f = (t: number) => (t - lo) / (hi - lo || 1);
  const first = new Date(lo).getUTCFullYear();
  const last = new Date(hi).getUTCFullYear();
  const step = Math.max(1, Math.ceil((last - first) / 4));
  const years: [number, string][] = [];
  for (let y = first; y <= last; y += step) years.push([f(Date.UTC(y, 0, 1)), String(y)]);
  const mark: StripMark =
    input.mark.kind === 'point'
      ? { kind: 'point', at: f(input.mark.at) }
      : input.mark.kind === 'window'
        ? { kind: 'window', from: f(input.mark.from), to: f(input.mark.to) }
        : { kind: 'none' };
  // One dot per distinct pixel of the strip: thousands of events draw no more than its width.
  const dots = [...new Set(input.starts.map((t) => Math.round(f(t) * STRIP_PIXELS)))].sort((a, b) => a - b).map((p) => p / STRIP_PIXELS);
  return { dots, eras: input.eras.map(([a, b]) => [f(a), f(b)]), years, mark };
}

/**
 * A d3-geo path context that writes compact SVG path data for a map drawn once at build time:
 * coordinates rounded to a tenth of a pixel and written relative to the previous point, points
 * closer than `minStep` pixels to the last one dropped, and rings or lines smaller than
 * `minSize` pixels across left out (islands too small to see). Deterministic: the same input
 * gives the same string.
 */
import type { GeoContext } from 'd3-geo';

export interface PathWriterOptions {
  /** Points closer than this (px) to the last written point are skipped. */
  minStep?: number;
  /** Rings and lines whose bounding box is smaller than this (px) on both sides are dropped. */
  minSize?: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** A number as short as SVG allows: `0.5` → `.5`, `-0.5` → `-.5`. */
function num(v: number): string {
  const s = String(round(v) === 0 ? 0 : round(v));
  return s.replace(/^(-?)0\./, '$1.');
}

/** `dx,dy` pair with the shortest separator: a minus sign separates numbers on its own. */
function pair(dx: number, dy: number): string {
  const b = num(dy);
  return `${num(dx)}${b.startsWith('-') ? '' : ' '}${b}`;
}

export class PathWriter implements GeoContext {
  private readonly minStep: number;
  private readonly minSize: number;
  private out: string[] = [];
  /** The ring or line being written, in absolute rounded coordinates. */
  private points: [number, number][] = [];
  private closed = false;
  /** Where the last written segment ended (relative commands start from it). */
  private penX = 0;
  private penY = 0;

  constructor(options: PathWriterOptions = {}) {
    this.minStep = options.minStep ?? 0.7;
    this.minSize = options.minSize ?? 1.5;
  }

  moveTo(x: number, y: number): void {
    this.flush();
    this.points = [[round(x), round(y)]];
    this.closed = false;
  }

  lineTo(x: number, y: number): void {
    const last = this.points[this.points.length - 1];
    const p: [number, number] = [round(x), round(y)];
    if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < this.minStep) return;
    this.points.push(p);
  }

  closePath(): void {
    this.closed = true;
    this.flush();
  }

  arc(): void {
    // Only point radii call arc(); maps draw their points themselves.
  }

  beginPath(): void {}

  /** The path data written so far (call once, at the end). */
  result(): string {
    this.flush();
    return this.out.join('');
  }

  private flush(): void {
    const pts = this.points;
    this.points = [];
    if (pts.length < 2) return;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of pts) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
    if (x1 - x0 < this.minSize && y1 - y0 < this.minSize) return;
    const [sx, sy] = pts[0];
    // The first move is absolute; later moves are relative to the pen, which is shorter.
    this.out.push(this.out.length === 0 ? `M${num(sx)} ${num(sy)}` : `m${pair(sx - this.penX, sy - this.penY)}`);
    let [px, py] = [sx, sy];
    const steps: string[] = [];
    for (let i = 1; i < pts.length; i += 1) {
      const [x, y] = pts[i];
      steps.push(pair(x - px, y - py));
      [px, py] = [x, y];
    }
    this.out.push(`l${steps.join(' ').replace(/ -/g, '-')}`);
    if (this.closed) {
      this.out.push('z');
      [px, py] = [sx, sy];
    }
    [this.penX, this.penY] = [px, py];
  }
}

/** Path data of `draw`'s output: `pathData((ctx) => geoPath(projection, ctx)(feature))`. */
export function pathData(draw: (context: PathWriter) => void, options?: PathWriterOptions): string {
  const writer = new PathWriter(options);
  draw(writer);
  return writer.result();
}

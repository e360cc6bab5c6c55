/**
 * Zoom and pan by hand: drag to pan, pinch or Ctrl/⌘ + wheel to zoom (a plain wheel scrolls the
 * page), and animated moves between windows (none under reduced motion). It only turns gestures
 * into windows; the controller keeps them inside the data. Browser only.
 */
import type { TimeWindow } from '../../../lib/timeline/types.ts';
import { METRICS } from '../../../lib/timeline/metrics.ts';

export interface ZoomHost {
  /** The window now. */
  window(): TimeWindow;
  /** The drawing's width in pixels. */
  width(): number;
  panBy(dt: number): void;
  zoomAt(factor: number, t: number): void;
  /** Shows a window (already clamped by the caller or not). */
  show(window: TimeWindow): void;
}

/** Time at pixel `x` of a drawing `width` wide showing `window`. */
export function timeAt(x: number, window: TimeWindow, width: number): number {
  const plot = Math.max(1, width - 2 * METRICS.padX);
  return window[0] + ((x - METRICS.padX) / plot) * (window[1] - window[0]);
}

/** Milliseconds per pixel. */
function msPerPx(window: TimeWindow, width: number): number {
  return (window[1] - window[0]) / Math.max(1, width - 2 * METRICS.padX);
}

/** A drag longer than this (px) is a pan, not a click. */
const CLICK_SLOP = 5;

export class ZoomControl {
  private readonly host: ZoomHost;
  private readonly target: Element;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private moved = 0;
  private animation = 0;
  reducedMotion: boolean;

  constructor(target: SVGSVGElement, host: ZoomHost, reducedMotion: boolean) {
    this.host = host;
    this.target = target;
    this.reducedMotion = reducedMotion;
    target.addEventListener('pointerdown', (e) => this.down(e as PointerEvent));
    target.addEventListener('pointermove', (e) => this.move(e as PointerEvent));
    target.addEventListener('pointerup', (e) => this.up(e as PointerEvent));
    target.addEventListener('pointercancel', (e) => this.up(e as PointerEvent));
    target.addEventListener('wheel', (e) => this.wheel(e as WheelEvent), { passive: false });
    // A drag that ends on a marker is not a click on it.
    target.addEventListener('click', (e) => {
      if (this.moved > CLICK_SLOP) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    }, { capture: true });
  }

  private localX(e: { clientX: number }): number {
    return e.clientX - this.target.getBoundingClientRect().left;
  }

  private down(e: PointerEvent): void {
    if (e.button !== 0 || (e.pointerType === 'mouse' && e.ctrlKey)) return;
    this.stop();
    if (this.pointers.size === 0) this.moved = 0;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
  }

  private move(e: PointerEvent): void {
    const last = this.pointers.get(e.pointerId);
    if (!last) return;
    const window = this.host.window();
    const width = this.host.width();
    if (this.pointers.size === 1) {
      const dx = e.clientX - last.x;
      this.moved += Math.abs(dx) + Math.abs(e.clientY - last.y);
      if (this.moved > CLICK_SLOP) {
        if (!this.target.hasPointerCapture(e.pointerId)) this.target.setPointerCapture(e.pointerId);
        this.target.classList.add('is-dragging');
        this.host.panBy(-dx * msPerPx(window, width));
      }
    } else if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.entries()];
      const other = a[0] === e.pointerId ? b[1] : a[1];
      const before = Math.abs(last.x - other.x);
      const after = Math.abs(e.clientX - other.x);
      this.moved += CLICK_SLOP + 1;
      if (before > 10 && after > 10) {
        const mid = (e.clientX + other.x) / 2 - this.target.getBoundingClientRect().left;
        this.host.zoomAt(after / before, timeAt(mid, window, width));
      }
    }
    last.x = e.clientX;
    last.y = e.clientY;
  }

  private up(e: PointerEvent): void {
    this.pointers.delete(e.pointerId);
    if (this.pointers.size === 0) this.target.classList.remove('is-dragging');
  }

  private wheel(e: WheelEvent): void {
    // A plain wheel scrolls the page; Ctrl/⌘ + wheel (and a trackpad pinch) zooms.
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    this.stop();
    const scale = e.deltaMode === 1 ? 0.05 : 0.002;
    this.host.zoomAt(Math.exp(-e.deltaY * scale), timeAt(this.localX(e), this.host.window(), this.host.width()));
  }

  /** Stops a running animation. */
  stop(): void {
    cancelAnimationFrame(this.animation);
    this.animation = 0;
  }

  /** Moves to `to`, animated (centre and span eased, the span on a log scale) unless motion is reduced. */
  animate(to: TimeWindow, duration = 250): void {
    this.stop();
    const from = this.host.window();
    if (this.reducedMotion || duration <= 0) {
      this.host.show(to);
      return;
    }
    const c0 = (from[0] + from[1]) / 2;
    const c1 = (to[0] + to[1]) / 2;
    const s0 = Math.log(from[1] - from[0]);
    const s1 = Math.log(to[1] - to[0]);
    const started = performance.now();
    const frame = (now: number) => {
      const k = Math.min(1, (now - started) / duration);
      const e = k < 0.5 ? 2 * k * k : 1 - (-2 * k + 2) ** 2 / 2;
      const c = c0 + (c1 - c0) * e;
      const half = Math.exp(s0 + (s1 - s0) * e) / 2;
      this.host.show(k === 1 ? to : [c - half, c + half]);
      this.animation = k < 1 ? requestAnimationFrame(frame) : 0;
    };
    this.animation = requestAnimationFrame(frame);
  }
}

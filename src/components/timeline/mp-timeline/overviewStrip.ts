/**
 * The overview strip as a control: its window is a slider (a name, its value in words, arrows
 * and Page Up/Down to move it, Home/End to the ends); clicking the strip centres the window
 * there, dragging moves it. Browser only.
 */
import type { Lang } from '../../../i18n/languages.ts';
import { HANDLE_BELOW, overviewShare, overviewTime, percent } from '../../../lib/timeline/layoutOverview.ts';
import { windowText } from '../../../lib/timeline/rangeText.ts';
import type { TimeWindow } from '../../../lib/timeline/types.ts';
import type { OverviewView } from './readDrawing.ts';

export interface OverviewHost {
  window(): TimeWindow;
  /** Moves to a window (the host clamps it), at once or animated. */
  show(window: TimeWindow, animate: boolean): void;
}

export class OverviewStrip {
  private readonly view: OverviewView;
  private readonly host: OverviewHost;
  private readonly lang: Lang;
  private readonly template: string;
  private dragging: { pointer: number; offset: number } | undefined;

  constructor(view: OverviewView, host: OverviewHost, options: { lang: Lang; name: string; template: string }) {
    this.view = view;
    this.host = host;
    this.lang = options.lang;
    this.template = options.template;
    const { svg, brush, range } = view;
    // No longer a picture: a group holding a slider.
    svg.removeAttribute('role');
    svg.removeAttribute('aria-label');
    svg.querySelectorAll('.tl-ov__eras, .tl-ov__bins, .tl-ov__years, .tl-ov__axis').forEach((g) => g.setAttribute('aria-hidden', 'true'));
    brush.setAttribute('role', 'slider');
    brush.setAttribute('tabindex', '0');
    brush.setAttribute('aria-label', options.name);
    brush.setAttribute('aria-valuemin', String(new Date(range[0]).getUTCFullYear()));
    brush.setAttribute('aria-valuemax', String(new Date(range[1]).getUTCFullYear()));
    brush.addEventListener('keydown', (e) => this.key(e as KeyboardEvent));
    svg.addEventListener('pointerdown', (e) => this.down(e as PointerEvent));
    svg.addEventListener('pointermove', (e) => this.move(e as PointerEvent));
    svg.addEventListener('pointerup', () => (this.dragging = undefined));
    svg.addEventListener('pointercancel', () => (this.dragging = undefined));
  }

  /** Shows `window` on the strip and in the slider's value. */
  update(window: TimeWindow): void {
    const { range } = this.view;
    const from = overviewShare(window[0], range);
    const to = overviewShare(window[1], range);
    this.view.window.setAttribute('x', percent(from));
    this.view.window.setAttribute('width', percent(Math.max(0, to - from)));
    this.view.handle.setAttribute('x1', percent((from + to) / 2));
    this.view.handle.setAttribute('x2', percent((from + to) / 2));
    this.view.handle.classList.toggle('is-hidden', to - from >= HANDLE_BELOW);
    const middle = new Date((window[0] + window[1]) / 2).getUTCFullYear();
    this.view.brush.setAttribute('aria-valuenow', String(middle));
    this.view.brush.setAttribute('aria-valuetext', windowText(window, this.lang, this.template));
  }

  private share(e: { clientX: number }): number {
    const box = this.view.svg.getBoundingClientRect();
    return Math.min(1, Math.max(0, (e.clientX - box.left) / Math.max(1, box.width)));
  }

  private down(e: PointerEvent): void {
    if (e.button !== 0) return;
    const window = this.host.window();
    const at = overviewTime(this.share(e), this.view.range);
    const span = window[1] - window[0];
    // On the window: drag it from where it was taken; elsewhere: centre it there, then drag.
    const inside = at >= window[0] && at <= window[1];
    if (!inside) this.host.show([at - span / 2, at + span / 2], false);
    const now = this.host.window();
    this.dragging = { pointer: e.pointerId, offset: at - now[0] };
    this.view.svg.setPointerCapture(e.pointerId);
    e.preventDefault();
    this.view.brush.focus({ preventScroll: true });
  }

  private move(e: PointerEvent): void {
    if (!this.dragging || this.dragging.pointer !== e.pointerId) return;
    const window = this.host.window();
    const at = overviewTime(this.share(e), this.view.range);
    const start = at - this.dragging.offset;
    this.host.show([start, start + (window[1] - window[0])], false);
  }

  private key(e: KeyboardEvent): void {
    const window = this.host.window();
    const span = window[1] - window[0];
    const { range } = this.view;
    const moves: Record<string, () => TimeWindow> = {
      ArrowLeft: () => [window[0] - span * 0.1, window[1] - span * 0.1],
      ArrowRight: () => [window[0] + span * 0.1, window[1] + span * 0.1],
      PageUp: () => [window[0] - span, window[1] - span],
      PageDown: () => [window[0] + span, window[1] + span],
      Home: () => [range[0], range[0] + span],
      End: () => [range[1] - span, range[1]],
    };
    const move = moves[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    this.host.show(move(), false);
  }
}

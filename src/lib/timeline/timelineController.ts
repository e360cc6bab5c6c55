/**
 * The headless controller of an interactive timeline: the visible window (zoom and pan toward
 * the data, within limits), the focused stop (an event or a cluster) and the open event, the
 * roving tab stop, and what each key does. No DOM: the custom element asks it and applies the
 * answers; unit-tested with plain objects. Shared by the server and the browser.
 */
import { DAY } from '../dates/calendarDate.ts';
import { TimelineState, type StateEvent } from './timelineState.ts';
import type { TimeWindow } from './types.ts';
import { clampWindow, densestWindow, inWindow, panWindow, windowAround, zoomWindow } from './windows.ts';

export interface ControllerEvent extends StateEvent {
  /** UTC ms. */
  start: number;
}

/** What a key (or a click) asks for. */
export type Action =
  | { kind: 'focus'; id: string }
  | { kind: 'open'; id: string }
  | { kind: 'zoomTo'; id: string }
  | { kind: 'zoom'; factor: number }
  | { kind: 'close' };

export interface ControllerOptions {
  /** Panning and zooming stay inside these limits (the data's extent and a small margin). */
  bounds: TimeWindow;
  /** The window it opens on. */
  window: TimeWindow;
  /** The narrowest window, in days. */
  minDays?: number;
}

/** One press of + or −. */
export const ZOOM_STEP = 1.6;

export class TimelineController {
  readonly filters: TimelineState;
  readonly bounds: TimeWindow;
  readonly minSpan: number;
  window: TimeWindow;
  /** The stop the keyboard is on: an event id or a cluster id. */
  focused: string | undefined;
  /** The event whose details are open. */
  selected: string | undefined;
  private readonly events: readonly ControllerEvent[];
  private readonly byId: Map<string, ControllerEvent>;
  private members = new Map<string, readonly string[]>();
  private clusterOf = new Map<string, string>();

  /** `events` in date order. */
  constructor(events: readonly ControllerEvent[], options: ControllerOptions) {
    this.events = events;
    this.byId = new Map(events.map((e) => [e.id, e]));
    this.filters = new TimelineState(events);
    this.bounds = options.bounds;
    this.minSpan = Math.min((options.minDays ?? 10) * DAY, options.bounds[1] - options.bounds[0]);
    this.window = clampWindow(options.window, this.bounds, this.minSpan);
  }

  has(id: string): boolean {
    return this.byId.has(id) || this.members.has(id);
  }

  isCluster(id: string | undefined): boolean {
    return id !== undefined && this.members.has(id);
  }

  /** The clusters of the last layout: each cluster's id and members. */
  setClusters(clusters: readonly { id: string; members: readonly string[] }[]): void {
    this.members = new Map(clusters.map((c) => [c.id, c.members]));
    this.clusterOf = new Map(clusters.flatMap((c) => c.members.map((m) => [m, c.id] as const)));
    // A focused cluster that no longer exists hands the focus to what now holds its first member.
    if (this.focused && !this.byId.has(this.focused) && !this.members.has(this.focused)) {
      this.focused = this.stopOf(this.focused.slice(2));
    }
  }

  /** The cluster an event is drawn in, or the event itself. */
  stopOf(id: string): string {
    return this.clusterOf.get(id) ?? id;
  }

  membersOf(id: string): readonly string[] {
    return this.members.get(id) ?? [id];
  }

  setWindow(window: TimeWindow): TimeWindow {
    this.window = clampWindow(window, this.bounds, this.minSpan);
    return this.window;
  }

  isInView(id: string): boolean {
    const event = this.byId.get(id);
    if (event) return inWindow(event.start, this.window);
    return this.members.has(id);
  }

  /** Visible (filtered) events whose marker is in the window. */
  countInView(): number {
    let n = 0;
    for (const id of this.filters.visibleIds()) if (inWindow(this.byId.get(id)!.start, this.window)) n += 1;
    return n;
  }

  /**
   * Where one step of + or − goes (the window itself is not changed: the element animates to
   * it): around the open or focused stop if it is in view, else (zooming in) onto the densest
   * stretch of the view, or (zooming out) around its middle.
   */
  zoomStep(factor: number): TimeWindow {
    const on = [this.selected, this.focused].find((id) => id !== undefined && this.isInView(id));
    if (on) return zoomWindow(this.window, factor, this.timeOf(on), this.bounds, this.minSpan);
    const span = this.window[1] - this.window[0];
    if (factor > 1) {
      const times = this.filters.visibleIds().map((id) => this.byId.get(id)!.start);
      return clampWindow(densestWindow(times, this.window, Math.max(this.minSpan, span / factor)), this.bounds, this.minSpan);
    }
    return zoomWindow(this.window, factor, (this.window[0] + this.window[1]) / 2, this.bounds, this.minSpan);
  }

  /** Zooms by `factor` keeping time `t` where it is on screen (pointer, pinch, or an event). */
  zoomAt(factor: number, t: number): TimeWindow {
    this.window = zoomWindow(this.window, factor, t, this.bounds, this.minSpan);
    return this.window;
  }

  panBy(dt: number): TimeWindow {
    this.window = panWindow(this.window, dt, this.bounds);
    return this.window;
  }

  /** The whole period. */
  all(): TimeWindow {
    return this.bounds;
  }

  /**
   * The window that brings an event into view: the same span, centred on it, when it is
   * outside (or at the very edge); with `zoomIn`, a window around it and its neighbours when
   * the view is far wider. Undefined when nothing needs to move.
   */
  revealWindow(id: string, options: { zoomIn?: boolean; margin?: number } = {}): TimeWindow | undefined {
    const t = this.timeOf(id);
    const span = this.window[1] - this.window[0];
    if (options.zoomIn) {
      const around = windowAround(this.events, this.byId.has(id) ? id : this.membersOf(id)[0]);
      if (span > 4 * (around[1] - around[0])) return clampWindow(around, this.bounds, this.minSpan);
    }
    const margin = (options.margin ?? 0.04) * span;
    if (t >= this.window[0] + margin && t <= this.window[1] - margin) return undefined;
    return clampWindow([t - span / 2, t + span / 2], this.bounds, this.minSpan);
  }

  /** The window that shows a cluster's members apart: their extent, padded. */
  clusterWindow(id: string): TimeWindow {
    const times = this.membersOf(id).map((m) => this.byId.get(m)!.start);
    const lo = Math.min(...times);
    const hi = Math.max(...times);
    const pad = Math.max((hi - lo) * 0.25, this.minSpan / 2);
    return clampWindow([lo - pad, hi + pad], this.bounds, this.minSpan);
  }

  /**
   * The single tab stop: the focused stop while it is in view; otherwise the first stop in
   * view; with nothing in view, the visible event nearest the window's middle.
   */
  tabStop(): string | undefined {
    const visible = this.filters.visibleIds();
    if (this.focused && this.isInView(this.focused) && (this.isCluster(this.focused) || this.filters.isVisible(this.focused))) return this.focused;
    const first = visible.find((id) => inWindow(this.byId.get(id)!.start, this.window));
    if (first) return this.stopOf(first);
    const middle = (this.window[0] + this.window[1]) / 2;
    let best: string | undefined;
    for (const id of visible) if (best === undefined || Math.abs(this.byId.get(id)!.start - middle) < Math.abs(this.byId.get(best)!.start - middle)) best = id;
    return best;
  }

  /** The next (`+1`) or previous (`−1`) stop after `current`, in date order: an event, or the cluster it is drawn in. */
  step(current: string | undefined, direction: 1 | -1): string | undefined {
    const ids = this.membersOf(current ?? '');
    const from = current === undefined ? undefined : direction === 1 ? ids[ids.length - 1] : ids[0];
    const next = direction === 1 ? this.filters.next(from) : this.filters.prev(from);
    return next === undefined ? undefined : this.stopOf(next);
  }

  /** What a key does on `current` (the focused stop); undefined for keys the timeline leaves alone. */
  keyAction(key: string, current: string | undefined): Action | undefined {
    const focus = (id: string | undefined): Action | undefined => (id === undefined ? undefined : { kind: 'focus', id });
    switch (key) {
      case 'ArrowRight':
        return focus(this.step(current, 1));
      case 'ArrowLeft':
        return focus(this.step(current, -1));
      case 'Home':
        return focus(this.firstStop());
      case 'End':
        return focus(this.lastStop());
      case '+':
      case '=':
        return { kind: 'zoom', factor: ZOOM_STEP };
      case '-':
        return { kind: 'zoom', factor: 1 / ZOOM_STEP };
      case 'Enter':
      case ' ':
        if (current === undefined) return undefined;
        return this.isCluster(current) ? { kind: 'zoomTo', id: current } : { kind: 'open', id: current };
      case 'Escape':
        return { kind: 'close' };
      default:
        return undefined;
    }
  }

  private firstStop(): string | undefined {
    const id = this.filters.first();
    return id === undefined ? undefined : this.stopOf(id);
  }

  private lastStop(): string | undefined {
    const id = this.filters.last();
    return id === undefined ? undefined : this.stopOf(id);
  }

  /** An event's date, or a cluster's middle. */
  private timeOf(id: string): number {
    const event = this.byId.get(id);
    if (event) return event.start;
    const times = this.membersOf(id).map((m) => this.byId.get(m)!.start);
    return (Math.min(...times) + Math.max(...times)) / 2;
  }
}

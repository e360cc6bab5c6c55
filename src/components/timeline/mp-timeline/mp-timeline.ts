/**
 * <mp-timeline>: enhances a timeline the server already drew. A thin element that composes,
 * one way, the pieces beside it: it reads the drawing (readDrawing), keeps its state in the
 * headless TimelineController, lays out with the shared layout and applies it (applyGeometry),
 * and wires the zoom gestures, the overview, the details panel, the filters and the
 * "what was known on" control. Browser only.
 */
import type { Lang } from '../../../i18n/languages.ts';
import { countText } from '../../../lib/timeline/countText.ts';
import { encodeWindow, readRoot, ROOT, type TimelineWords } from '../../../lib/timeline/dataContract.ts';
import { idFromHash } from '../../../lib/timeline/fragment.ts';
import type { LabelText } from '../../../lib/timeline/labelText.ts';
import { layoutTimeline, rowCount, spanRows, timelineHeight } from '../../../lib/timeline/layoutTimeline.ts';
import { laneBucket } from '../../../lib/timeline/metrics.ts';
import { linearTime } from '../../../lib/timeline/linearTime.ts';
import { clusterName } from '../../../lib/timeline/rangeText.ts';
import { TimelineController, type Action } from '../../../lib/timeline/timelineController.ts';
import type { TimelineGeometry, TimeWindow } from '../../../lib/timeline/types.ts';
import { inWindow } from '../../../lib/timeline/windows.ts';
import { pointLanguageSwitch } from '../../site/pointLanguageSwitch.ts';
import { applyGeometry, peek, stopNode } from './applyGeometry.ts';
import { AsOfControl } from './asOfControl.ts';
import { bringIntoViewOnLoad } from './bringIntoViewOnLoad.ts';
import { DetailsPanel } from './detailsPanel.ts';
import { FiltersControl } from './filtersControl.ts';
import { wireInput } from './inputEvents.ts';
import { OverviewStrip } from './overviewStrip.ts';
import { LiveCount } from './liveCount.ts';
import { controllerEvents, readDrawing, type Drawing } from './readDrawing.ts';
import { RovingTabStop } from './rovingTabStop.ts';
import { ZoomControl } from './zoomControl.ts';

class MpTimeline extends HTMLElement {
  private d!: Drawing;
  private ctrl!: TimelineController;
  private zoom!: ZoomControl;
  private overview: OverviewStrip | undefined;
  private details!: DetailsPanel;
  private filters!: FiltersControl;
  private asOf!: AsOfControl;
  private language!: Lang;
  private words!: TimelineWords;
  /** Lanes for narrow, medium and wide drawings, and the ones in use. */
  private laneSet: readonly [number, number, number] = [4, 4, 4];
  private lanes = 4;
  private highlight: string[] = [];
  /** Never merged into a cluster: an event page's own event. */
  private pinned: string[] = [];
  private anchors = false;
  private width = 0;
  private rows = new Map<string, number>();
  private labelCache = new Map<string, LabelText>();
  private geometry: TimelineGeometry | undefined;
  private tabStop!: RovingTabStop;
  private count!: LiveCount;
  /** The event under the pointer, whose hidden label must follow it. */
  private pointed: string | undefined;
  /**
   * Whether keyboard focus belongs in the drawing: it stays so when the focused marker is
   * removed or hidden under the reader (a cluster that splits, an event leaving the view while
   * zooming), so that focus comes back to what now stands for it.
   */
  private holdFocus = false;
  /** The axis the drawing was last laid out with: when it moves (new lanes), everything is redrawn. */
  private axisY = -1;
  private reducedMotion = false;

  connectedCallback(): void {
    if (!this.d) this.setup();
  }

  private setup(): void {
    const d = (this.d = readDrawing(this));
    const root = readRoot(this);
    this.language = root.lang as Lang;
    this.words = root.words;
    this.laneSet = root.lanes;
    this.highlight = root.highlight;
    this.pinned = root.pinned;
    this.anchors = root.anchors;
    this.reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.rows = spanRows(d.views.map((v) => v.event));
    this.ctrl = new TimelineController(controllerEvents(d), { bounds: root.bounds, window: root.open });
    // The tab stop starts where the server put it; the controller's focused stop is an event
    // page's own event, or none until the reader moves focus.
    this.tabStop = new RovingTabStop(d);
    this.count = new LiveCount(d.count);
    this.ctrl.focused = this.pinned[0];

    this.zoom = new ZoomControl(
      d.svg,
      {
        window: () => this.ctrl.window,
        width: () => this.width,
        panBy: (dt) => this.show(this.ctrl.panBy(dt)),
        zoomAt: (factor, t) => this.show(this.ctrl.zoomAt(factor, t)),
        show: (window) => this.show(window),
      },
      this.reducedMotion,
    );
    if (d.overview) {
      this.overview = new OverviewStrip(
        d.overview,
        { window: () => this.ctrl.window, show: (window, animate) => (animate ? this.zoom.animate(window) : this.show(window)) },
        { lang: this.language, name: this.words.overview, template: this.words.range },
      );
    }
    this.details = new DetailsPanel(d, { opened: this.words.opened, onClose: (returnFocus) => this.closeDetails(returnFocus) });
    this.filters = new FiltersControl(d, this.ctrl.filters, () => this.filtersChanged());
    this.asOf = new AsOfControl(d, this.words, () => {
      if (this.ctrl.selected) this.details.show(this.ctrl.selected, this.asOf.statusElement(this.ctrl.selected, this.language));
      this.render();
    });
    wireInput({
      element: this,
      svg: d.svg,
      keyAction: (key, id) => this.ctrl.keyAction(key, id ?? this.ctrl.focused),
      act: (action) => this.act(action),
      point: (id) => {
        this.pointed = id;
        if (id) this.peekAt(id);
      },
      holdFocus: (hold) => (this.holdFocus = hold),
      focusArrived: (id, onEvent) => {
        if (id !== this.ctrl.focused) {
          this.ctrl.focused = id;
          // Focus that arrives on an event outside the view (a screen reader, a script) brings it in.
          const target = this.ctrl.revealWindow(id);
          if (target) this.zoom.animate(target);
          else this.render();
        }
        if (onEvent) this.peekAt(id);
      },
      zoomAll: () => this.zoom.animate(this.ctrl.all()),
      escape: () => this.closeDetails(false),
    });

    this.resize(d.scroller.clientWidth || Number(d.svg.getAttribute('width')));
    new ResizeObserver(() => {
      const width = d.scroller.clientWidth;
      if (width && Math.abs(width - this.width) > 1) this.resize(width);
    }).observe(d.scroller);
    this.classList.add('is-enhanced');
    if (this.anchors) {
      addEventListener('hashchange', () => this.followHash(false));
      this.followHash(true);
    }
  }

  /** Does what a key or a click asks. */
  private act(action: Action): void {
    if (action.kind === 'focus') this.focusStop(action.id);
    else if (action.kind === 'open') this.selectEvent(action.id, { updateHash: true, reveal: false });
    else if (action.kind === 'zoomTo') {
      this.ctrl.focused = action.id;
      this.zoom.animate(this.ctrl.clusterWindow(action.id));
    } else if (action.kind === 'zoom') this.zoom.animate(this.ctrl.zoomStep(action.factor));
    else this.closeDetails(false);
  }

  /** Moves to a window (clamped) and redraws. */
  private show(window: TimeWindow): void {
    this.ctrl.setWindow(window);
    this.render();
  }

  /** The drawing follows its box: its width, and the lanes (so its height) of that width's bucket, as timeline.css sized the box. */
  private resize(width: number): void {
    this.width = Math.round(width);
    this.lanes = this.laneSet[laneBucket(this.width)];
    const { height } = timelineHeight(this.lanes, rowCount(this.rows));
    const { svg } = this.d;
    svg.setAttribute('width', String(this.width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('viewBox', `0 0 ${this.width} ${height}`);
    this.render();
  }

  /** Lays the visible events out for the current window and moves the drawing to match. */
  render(): void {
    if (!this.width) return;
    const start = performance.now();
    const { ctrl, d } = this;
    const window = ctrl.window;
    const visible = new Set(ctrl.filters.visibleIds());
    const focusedEvent = ctrl.focused !== undefined && d.byId.has(ctrl.focused) ? ctrl.focused : undefined;
    const pinned = [...new Set([focusedEvent, ctrl.selected, ...this.pinned].filter((id): id is string => id !== undefined))];
    const g = layoutTimeline({
      events: d.views.filter((v) => visible.has(v.data.id)).map((v) => v.event),
      eras: d.eras.map((e) => e.era),
      window,
      x: linearTime(window, this.width),
      width: this.width,
      lang: this.language,
      lanes: this.lanes,
      first: pinned,
      pinned,
      highlight: this.highlight,
      quiet: this.asOf.later,
      spanRows: this.rows,
      labelCache: this.labelCache,
    });
    this.geometry = g;
    ctrl.setClusters(g.clusters);
    applyGeometry(d, g, {
      window,
      resized: g.axisY !== this.axisY,
      peeking: new Set([this.pointed, ctrl.focused, ctrl.selected].filter((id): id is string => id !== undefined)),
      labelCache: this.labelCache,
      clusterName: (c) => clusterName(this.words, c, this.language),
      clusterHref: (c) => (this.anchors ? `#${c.members[0]}` : (d.byId.get(c.members[0])?.el.getAttribute('href') ?? '#')),
    });
    this.axisY = g.axisY;
    this.tabStop.moveTo(ctrl.tabStop());
    // Focus on a cluster that merged or split follows what now stands for it.
    if (this.holdFocus && ctrl.focused) {
      const node = stopNode(d, ctrl.focused);
      if (node && document.activeElement !== node && node.isConnected) node.focus({ preventScroll: true });
    }
    this.overview?.update(window);
    this.setAttribute(ROOT.window, encodeWindow(window));
    this.scheduleCount();
    // One User Timing entry per redraw: the zoom benchmark (scripts/bench-zoom.ts) reads them.
    performance.measure('mp-timeline:render', { start });
  }

  /** The count, said politely once the view settles. */
  private scheduleCount(): void {
    this.count.schedule(() => {
      const { ctrl, d } = this;
      const visible = ctrl.filters.visibleIds().filter((id) => !this.asOf.later.has(id));
      return countText(this.words, {
        inView: visible.filter((id) => inWindow(d.byId.get(id)!.data.start, ctrl.window)).length,
        shown: visible.length,
        total: d.views.length,
        filtered: this.filters.active(),
        asOf: this.asOf.asOf,
        lang: this.language,
      });
    });
  }

  private peekAt(id: string): void {
    const placed = this.geometry?.events.find((p) => p.id === id);
    const view = this.d.byId.get(id);
    if (view && placed && !placed.label && this.geometry) peek(view, placed, this.geometry, this.labelCache);
  }

  /** Moves keyboard focus to a stop, bringing it into view (with its label shown). */
  private focusStop(id: string): void {
    this.ctrl.focused = id;
    const target = this.d.byId.has(id) ? this.ctrl.revealWindow(id) : undefined;
    // One redraw a key press: under reduced motion the view jumps in the same one.
    if (target && this.reducedMotion) this.ctrl.setWindow(target);
    this.render();
    stopNode(this.d, id)?.focus({ preventScroll: true });
    if (target && !this.reducedMotion) this.zoom.animate(target);
  }

  /** Opens an event's details. */
  selectEvent(id: string, options: { updateHash: boolean; reveal: boolean; zoomIn?: boolean }): void {
    if (!this.details.show(id, this.asOf.statusElement(id, this.language))) return;
    this.ctrl.selected = id;
    this.ctrl.focused = id;
    if (options.updateHash && this.anchors && location.hash !== `#${id}`) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}#${id}`);
    }
    if (this.anchors) pointLanguageSwitch({ hash: id });
    const target = options.reveal ? this.ctrl.revealWindow(id, { zoomIn: options.zoomIn }) : undefined;
    if (target && this.reducedMotion) this.ctrl.setWindow(target);
    this.render();
    if (target && !this.reducedMotion) this.zoom.animate(target);
    this.details.bringIntoView(this.reducedMotion);
  }

  closeDetails(returnFocus: boolean): void {
    const id = this.ctrl.selected;
    if (!this.details.hide()) return;
    this.ctrl.selected = undefined;
    if (this.anchors && location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    if (this.anchors) pointLanguageSwitch({ hash: '' });
    this.render();
    if (returnFocus && id) stopNode(this.d, id)?.focus({ preventScroll: true });
  }

  private filtersChanged(): void {
    if (this.ctrl.selected && !this.ctrl.filters.isVisible(this.ctrl.selected)) this.closeDetails(false);
    if (this.ctrl.focused && this.d.byId.has(this.ctrl.focused)) this.ctrl.focused = this.ctrl.filters.nearest(this.ctrl.focused);
    this.render();
  }

  /** Follows the URL fragment: a known event opens and is centred; anything else changes nothing. */
  private followHash(onLoad: boolean): void {
    if (location.hash === '') {
      this.closeDetails(false);
      return;
    }
    const id = idFromHash(location.hash, this.ctrl);
    if (!id || !this.d.byId.has(id) || !this.ctrl.filters.isVisible(id) || id === this.ctrl.selected) return;
    this.selectEvent(id, { updateHash: false, reveal: true, zoomIn: true });
    if (!onLoad) return;
    // On a phone, with the marker above the details' sheet. Only this document scrolls (an embed
    // never moves the page that hosts it, as scrollIntoView would).
    bringIntoViewOnLoad(() => {
      if (this.details.isSheet()) this.details.bringIntoView(true);
      else scrollTo({ top: this.getBoundingClientRect().top + scrollY, behavior: this.reducedMotion ? 'auto' : 'smooth' });
    });
  }
}

if (!customElements.get('mp-timeline')) customElements.define('mp-timeline', MpTimeline);

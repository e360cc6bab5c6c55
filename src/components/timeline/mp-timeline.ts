/**
 * <mp-timeline>: enhances a timeline the server already drew. It reads the events from the
 * SVG's data-* attributes, and adds zoom and pan (d3-zoom), keyboard movement, category and
 * text filters, a details panel and deep links (#event-id). It never writes HTML from a string:
 * the details panel shows a clone of the event's server-rendered list entry. Browser only.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { lineOffsets, peekLabelX, px, spanBar, stemTop } from '../../lib/timeline/drawing.ts';
import { idFromHash } from '../../lib/timeline/fragment.ts';
import { labelLines, layoutTimeline, spanRows } from '../../lib/timeline/layoutTimeline.ts';
import { laneTop, METRICS } from '../../lib/timeline/metrics.ts';
import { TimelineState } from '../../lib/timeline/timelineState.ts';
import type { Era, PlacedEvent, TimelineEvent, TimelineGeometry, TimeWindow } from '../../lib/timeline/types.ts';
import { windowAround } from '../../lib/timeline/windows.ts';
import { pointLanguageSwitch } from '../site/pointLanguageSwitch.ts';
import { maxZoom, transformFor, windowOf, zoomedScale } from '../../lib/timeline/zoomWindow.ts';
import type { Lang } from '../../i18n/languages.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Where events outside the window wait, beyond the drawing's left edge. */
const OFF_STAGE = -1000;
const ZOOM_STEP = 1.6;

interface EventView {
  event: TimelineEvent;
  el: SVGAElement;
  mark: SVGGElement;
  stem: SVGLineElement;
  label: SVGTextElement;
  tspans: SVGTSpanElement[];
  span: SVGRectElement | null;
  item: HTMLLIElement | null;
  /** Whether the last layout gave it a lane. */
  labelled: boolean;
  /** Whether it is outside the window (not drawn). */
  out: boolean;
  /** The marker's translation, changed in place (faster than rewriting the attribute). */
  shift: SVGTransform;
}

interface EraView {
  era: Era;
  rect: SVGRectElement;
  text: SVGTextElement;
}

const num = (value: string | undefined): number | undefined => (value === undefined || value === '' ? undefined : Number(value));

class MpTimeline extends HTMLElement {
  private svg!: SVGSVGElement;
  private scroller!: HTMLElement;
  private language!: Lang;
  private extent!: TimeWindow;
  private lanes = 4;
  private width = 0;
  private height = 0;
  private views: EventView[] = [];
  private byId = new Map<string, EventView>();
  private eras: EraView[] = [];
  private state!: TimelineState;
  private rows = new Map<string, number>();
  private labelCache = new Map<string, { lines: string[]; width: number }>();
  private highlight: string[] = [];
  private zoomer!: ZoomBehavior<SVGSVGElement, unknown>;
  private transform: ZoomTransform = zoomIdentity;
  private focused: string | undefined;
  private selected: string | undefined;
  private anchors = false;
  private geometry: TimelineGeometry | undefined;
  private reducedMotion = false;
  /** The event under the pointer, whose hidden label must follow it. */
  private pointed: string | undefined;

  connectedCallback(): void {
    if (this.svg) return;
    this.setup();
  }

  private setup(): void {
    this.svg = this.querySelector<SVGSVGElement>('svg.tl-svg')!;
    this.scroller = this.querySelector<HTMLElement>('.tl__scroller')!;
    const data = this.dataset;
    this.language = data.lang as Lang;
    const [e0, e1] = (data.extent ?? '').split(' ').map(Number);
    this.extent = [e0, e1];
    this.lanes = Number(data.lanes ?? 4);
    this.highlight = (data.highlight ?? '').split(' ').filter(Boolean);
    this.anchors = data.anchors === 'true';
    this.height = Number(this.svg.getAttribute('height'));
    this.reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

    const items = new Map<string, HTMLLIElement>();
    this.querySelectorAll<HTMLLIElement>('.tl__list > li[data-id]').forEach((li) => items.set(li.dataset.id!, li));
    this.svg.querySelectorAll<SVGAElement>('a.tl-ev').forEach((el) => {
      const d = el.dataset;
      const event: TimelineEvent = {
        id: d.id!,
        start: Number(d.t),
        end: num(d.t2),
        importance: Number(d.imp) as 1 | 2 | 3,
        label: d.label!,
        dateLabel: d.date!,
      };
      const label = el.querySelector<SVGTextElement>('.tl-label')!;
      const mark = el.querySelector<SVGGElement>('.tl-mark')!;
      const view: EventView = {
        event,
        el,
        mark,
        shift: mark.transform.baseVal.getItem(0),
        out: false,
        stem: el.querySelector<SVGLineElement>('.tl-stem')!,
        label,
        tspans: [...label.querySelectorAll<SVGTSpanElement>('tspan')],
        span: el.querySelector<SVGRectElement>('.tl-span'),
        item: items.get(event.id) ?? null,
        labelled: !label.classList.contains('is-hidden'),
      };
      el.classList.remove('is-out');
      this.views.push(view);
      this.byId.set(event.id, view);
    });
    this.eras = [...this.svg.querySelectorAll<SVGGElement>('.tl-era')].map((g) => {
      const text = g.querySelector<SVGTextElement>('text')!;
      return { era: { id: '', start: Number(g.dataset.t), end: Number(g.dataset.t2), label: text.textContent ?? '' }, rect: g.querySelector('rect')!, text };
    });
    this.rows = spanRows(this.views.map((v) => v.event));
    this.state = new TimelineState(
      this.views.map((v) => ({
        id: v.event.id,
        category: v.el.dataset.cat ?? '',
        text: `${v.item?.querySelector('.entry__title')?.textContent ?? v.event.label} ${v.item?.querySelector('.entry__summary')?.textContent ?? ''}`,
      })),
    );
    this.focused = this.views.find((v) => v.el.getAttribute('tabindex') === '0')?.event.id;

    this.setupZoom();
    this.setupKeyboard();
    this.setupControls();
    this.resize(this.scroller.clientWidth || Number(this.svg.getAttribute('width')));
    new ResizeObserver(() => {
      const width = this.scroller.clientWidth;
      if (width && Math.abs(width - this.width) > 1) this.resize(width);
    }).observe(this.scroller);

    this.classList.add('is-enhanced');
    this.querySelectorAll<HTMLElement>('[data-toolbar][hidden]').forEach((el) => (el.hidden = false));

    if (this.anchors) {
      addEventListener('hashchange', () => this.followHash(true));
      this.followHash(true);
    }
  }

  /** The drawing's width follows its box; the visible window is kept. */
  private resize(width: number): void {
    const window = this.width ? windowOf(this.extent, this.width, this.transform) : this.extent;
    this.width = Math.round(width);
    this.svg.setAttribute('width', String(this.width));
    this.svg.setAttribute('viewBox', `0 0 ${this.width} ${this.height}`);
    const box: [[number, number], [number, number]] = [[0, 0], [this.width, this.height]];
    this.zoomer.extent(box).translateExtent(box);
    const t = transformFor(this.extent, window, this.width);
    select(this.svg).call(this.zoomer.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
  }

  private setupZoom(): void {
    this.zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxZoom(this.extent)])
      // A plain wheel scrolls the page; Ctrl/⌘ + wheel (and trackpad pinch) zooms.
      .filter((event: Event) => {
        const e = event as MouseEvent;
        if (event.type === 'wheel') return e.ctrlKey || e.metaKey;
        return (!e.ctrlKey || event.type === 'touchstart') && !e.button;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.transform = event.transform;
        this.render();
      });
    select(this.svg).call(this.zoomer).on('dblclick.zoom', null);
  }

  /** Lays the visible events out for the current window and moves the drawing to match. */
  render(): void {
    if (!this.width) return;
    const start = performance.now();
    const x = zoomedScale(this.extent, this.width, this.transform);
    const window = windowOf(this.extent, this.width, this.transform);
    const visible = new Set(this.state.visibleIds());
    const events = this.views.filter((v) => visible.has(v.event.id)).map((v) => v.event);
    const first = [this.focused, this.selected, ...this.highlight].filter((id): id is string => id !== undefined);
    const g = layoutTimeline({ events, eras: this.eras.map((e) => e.era), window, x, width: this.width, lang: this.language, lanes: this.lanes, first, spanRows: this.rows, labelCache: this.labelCache });
    this.geometry = g;
    this.apply(g, window);
    // The visible window, for anyone who needs to know what is on screen (tests, print).
    this.dataset.window = `${Math.round(window[0])} ${Math.round(window[1])}`;
    // One User Timing entry per redraw: the zoom benchmark (scripts/bench-zoom.ts) reads them.
    performance.measure('mp-timeline:render', { start });
  }

  private apply(g: TimelineGeometry, window: TimeWindow): void {
    for (const placed of g.events) {
      const view = this.byId.get(placed.id)!;
      // Outside the window an event is parked off the drawing once, not moved at every step.
      const out = view.event.start > window[1] || (view.event.end ?? view.event.start) < window[0];
      if (out) {
        if (!view.out) {
          view.out = true;
          view.shift.setTranslate(OFF_STAGE, g.axisY);
          // A parked span keeps no width, or it would reach back into the drawing.
          view.span?.setAttribute('x', String(OFF_STAGE));
          view.span?.setAttribute('width', '0');
          if (view.labelled) this.setLabelled(view, false);
        }
        continue;
      }
      view.out = false;
      view.shift.setTranslate(px(placed.x), g.axisY);
      const bar = spanBar(placed, g.axisY);
      if (bar && view.span) {
        view.span.setAttribute('x', String(bar.x));
        view.span.setAttribute('width', String(bar.width));
      }
      if (placed.label) {
        this.placeLabel(view, placed.label.x, placed.label.y);
        view.stem.setAttribute('x1', String(px(placed.x)));
        view.stem.setAttribute('x2', String(px(placed.x)));
        view.stem.setAttribute('y1', String(stemTop(placed.label.y)));
      } else if (view.labelled || view.event.id === this.pointed || view.event.id === this.focused || view.event.id === this.selected) {
        this.peek(view, placed);
      }
      if (!!placed.label !== view.labelled) this.setLabelled(view, !!placed.label);
    }
    this.eras.forEach((view, i) => {
      const era = g.eras[i];
      view.rect.setAttribute('x', String(px(era.x0)));
      view.rect.setAttribute('width', String(px(Math.max(0, era.x1 - era.x0))));
      view.text.setAttribute('x', String(px(era.x0 + 6)));
      view.text.classList.toggle('is-hidden', !era.showLabel);
    });
    const axis = this.svg.querySelector('.tl-axis')!;
    axis.setAttribute('x1', String(g.plot[0]));
    axis.setAttribute('x2', String(g.plot[1]));
    this.drawTicks(g);
  }

  private setLabelled(view: EventView, labelled: boolean): void {
    view.labelled = labelled;
    view.label.classList.toggle('is-hidden', !labelled);
    view.stem.classList.toggle('is-hidden', !labelled);
  }

  private placeLabel(view: EventView, x: number, y: number): void {
    const offsets = lineOffsets(view.tspans.length);
    view.tspans.forEach((tspan, i) => {
      tspan.setAttribute('x', String(px(x)));
      tspan.setAttribute('y', String(px(y + offsets[i])));
    });
  }

  /** Puts a label that has no lane where it shows on hover or focus: the lowest lane, over its neighbours. */
  private peek(view: EventView, placed: PlacedEvent): void {
    const width = (this.labelCache.get(view.event.id) ?? labelLines(view.event)).width;
    this.placeLabel(view, peekLabelX(placed.x, width, this.width), laneTop(0, this.geometry!.axisY));
  }

  private drawTicks(g: TimelineGeometry): void {
    const group = this.svg.querySelector<SVGGElement>('.tl-ticks')!;
    const nodes = g.ticks.map((tick) => {
      const t = document.createElementNS(SVG_NS, 'g');
      t.setAttribute('class', tick.anchor === 'middle' ? 'tl-tick' : `tl-tick tl-tick--${tick.anchor}`);
      t.setAttribute('transform', `translate(${px(tick.x)},0)`);
      const line = document.createElementNS(SVG_NS, 'line');
      line.setAttribute('y1', String(g.axisY));
      line.setAttribute('y2', String(g.axisY + 5));
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('y', String(g.height - 10));
      text.textContent = tick.text;
      t.append(line, text);
      return t;
    });
    group.replaceChildren(...nodes);
  }

  private duration(): number {
    return this.reducedMotion ? 0 : 250;
  }

  /**
   * Zooms by `factor` around the event the reader is on (keyboard focus in the drawing, or the
   * event whose details are open) if it is in view, else around the middle of the view.
   */
  zoomBy(factor: number): void {
    const onEvent = this.svg.contains(document.activeElement) ? this.focused : this.selected;
    const focus = onEvent ? this.screenX(onEvent) : undefined;
    const centre = focus !== undefined && focus >= 0 && focus <= this.width ? focus : this.width / 2;
    select(this.svg).transition().duration(this.duration()).call(this.zoomer.scaleBy, factor, [centre, 0]);
  }

  reset(): void {
    select(this.svg).transition().duration(this.duration()).call(this.zoomer.transform, zoomIdentity);
  }

  private screenX(id: string): number | undefined {
    const view = this.byId.get(id);
    return view ? zoomedScale(this.extent, this.width, this.transform)(view.event.start) : undefined;
  }

  /** Pans (and, if asked, zooms) so that the event is in view, centred. */
  private reveal(id: string, zoomIn: boolean, animate: boolean): void {
    const view = this.byId.get(id)!;
    const x = this.screenX(id)!;
    const inside = x >= METRICS.padX * 2 && x <= this.width - METRICS.padX * 2;
    let target: ZoomTransform | undefined;
    if (zoomIn && this.transform.k < 2) {
      const t = transformFor(this.extent, windowAround(this.views.map((v) => v.event), id), this.width);
      target = zoomIdentity.translate(t.x, 0).scale(t.k);
    } else if (!inside) {
      const base = zoomedScale(this.extent, this.width, { k: 1, x: 0 })(view.event.start);
      target = zoomIdentity.translate(this.width / 2 - this.transform.k * base, 0).scale(this.transform.k);
    }
    if (!target) return;
    const s = select(this.svg);
    if (animate && !this.reducedMotion) s.transition().duration(this.duration()).call(this.zoomer.transform, target);
    else s.call(this.zoomer.transform, target);
  }

  private setTabStop(id: string): void {
    if (this.focused && this.focused !== id) this.byId.get(this.focused)?.el.setAttribute('tabindex', '-1');
    this.focused = id;
    this.byId.get(id)!.el.setAttribute('tabindex', '0');
  }

  /** Moves keyboard focus to an event and keeps it in view with its label shown. */
  focusEvent(id: string | undefined): void {
    if (!id) return;
    this.setTabStop(id);
    this.byId.get(id)!.el.focus({ preventScroll: true });
    this.reveal(id, false, true);
    this.render();
  }

  /** Opens an event's details: a clone of its list entry. */
  selectEvent(id: string, options: { updateHash: boolean; reveal: boolean; zoomIn?: boolean }): void {
    const view = this.byId.get(id);
    const entry = view?.item?.querySelector('.entry');
    if (!view || !entry) return;
    if (this.selected) this.byId.get(this.selected)?.el.classList.remove('is-selected');
    this.selected = id;
    view.el.classList.add('is-selected');
    this.setTabStop(id);
    const panel = this.querySelector<HTMLElement>('[data-details]')!;
    const clone = entry.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
    clone.querySelectorAll('details').forEach((d) => (d.open = true));
    panel.querySelector('[data-details-body]')!.replaceChildren(clone);
    panel.dataset.category = view.el.dataset.cat;
    panel.hidden = false;
    if (options.updateHash && this.anchors && location.hash !== `#${id}`) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}#${id}`);
    }
    if (this.anchors) pointLanguageSwitch({ hash: id });
    if (options.reveal) this.reveal(id, options.zoomIn ?? false, true);
    this.render();
  }

  closeDetails(): void {
    const panel = this.querySelector<HTMLElement>('[data-details]')!;
    if (panel.hidden) return;
    panel.hidden = true;
    if (this.selected) this.byId.get(this.selected)?.el.classList.remove('is-selected');
    this.selected = undefined;
    if (this.anchors && location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    if (this.anchors) pointLanguageSwitch({ hash: '' });
    this.render();
  }

  /** Follows the URL fragment: a known event opens and is centred; anything else changes nothing. */
  private followHash(scroll: boolean): void {
    if (location.hash === '') {
      this.closeDetails();
      return;
    }
    const id = idFromHash(location.hash, this.state);
    if (!id || !this.state.isVisible(id)) return;
    if (id === this.selected) return;
    this.selectEvent(id, { updateHash: false, reveal: true, zoomIn: true });
    if (!scroll) return;
    // On load the browser also jumps to the list entry the fragment names; bring the timeline
    // (with the event centred and its details open) into view after that jump.
    const show = () => requestAnimationFrame(() => this.scrollIntoView({ block: 'start', behavior: this.reducedMotion ? 'auto' : 'smooth' }));
    if (document.readyState === 'complete') show();
    else addEventListener('load', show, { once: true });
  }

  private setupKeyboard(): void {
    this.svg.addEventListener('click', (event) => {
      const el = (event.target as Element).closest<SVGAElement>('a.tl-ev');
      if (!el) return;
      event.preventDefault();
      this.selectEvent(el.dataset.id!, { updateHash: true, reveal: false });
    });
    this.svg.addEventListener('keydown', (event) => {
      const current = (event.target as Element).closest<SVGAElement>('a.tl-ev')?.dataset.id ?? this.focused;
      const keys: Record<string, () => void> = {
        ArrowRight: () => this.focusEvent(this.state.next(current)),
        ArrowLeft: () => this.focusEvent(this.state.prev(current)),
        Home: () => this.focusEvent(this.state.first()),
        End: () => this.focusEvent(this.state.last()),
        '+': () => this.zoomBy(ZOOM_STEP),
        '=': () => this.zoomBy(ZOOM_STEP),
        '-': () => this.zoomBy(1 / ZOOM_STEP),
        ' ': () => current && this.selectEvent(current, { updateHash: true, reveal: false }),
        Escape: () => this.closeDetails(),
      };
      const action = keys[event.key];
      if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      action();
    });
    // A label with no lane is moved next to its marker when pointed at or focused.
    const peekTarget = (event: Event) => {
      const el = (event.target as Element).closest<SVGAElement>('a.tl-ev');
      const view = el && this.byId.get(el.dataset.id!);
      if (event.type === 'pointerover') this.pointed = view?.event.id;
      const placed = view && this.geometry?.events.find((p) => p.id === view.event.id);
      if (view && placed && !placed.label) this.peek(view, placed);
    };
    this.svg.addEventListener('pointerover', peekTarget);
    // On the element, not the <svg>: Chromium makes an <svg> with a focus listener a tab stop.
    this.addEventListener('focusin', peekTarget);
  }

  private setupControls(): void {
    this.querySelector('[data-zoom="in"]')?.addEventListener('click', () => this.zoomBy(ZOOM_STEP));
    this.querySelector('[data-zoom="out"]')?.addEventListener('click', () => this.zoomBy(1 / ZOOM_STEP));
    this.querySelector('[data-zoom="reset"]')?.addEventListener('click', () => this.reset());
    // Closing the details (button, or Esc inside them) puts focus back on their event.
    const closeAndReturn = () => {
      const id = this.selected;
      this.closeDetails();
      if (id) this.byId.get(id)?.el.focus({ preventScroll: true });
    };
    this.querySelector('[data-close]')?.addEventListener('click', closeAndReturn);
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || (event.target as Element).closest('svg')) return;
      if ((event.target as Element).closest('[data-details]')) closeAndReturn();
      else this.closeDetails();
    });
    const filters = [...this.querySelectorAll<HTMLButtonElement>('button[data-category]')];
    for (const button of filters) {
      button.addEventListener('click', () => {
        button.setAttribute('aria-pressed', button.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
        this.state.setCategories(filters.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.category!));
        this.applyFilters();
      });
    }
    this.querySelector<HTMLInputElement>('input[data-query]')?.addEventListener('input', (event) => {
      this.state.setQuery((event.target as HTMLInputElement).value);
      this.applyFilters();
    });
  }

  /** Hides what the filters leave out, in the drawing and in the list, and says how many remain. */
  private applyFilters(): void {
    const visible = new Set(this.state.visibleIds());
    for (const view of this.views) {
      const shown = visible.has(view.event.id);
      view.el.classList.toggle('is-filtered', !shown);
      if (view.item) view.item.hidden = !shown;
    }
    const count = this.querySelector<HTMLElement>('[data-count]');
    if (count) count.textContent = (this.dataset.shown ?? '').replace('{n}', String(visible.size)).replace('{total}', String(this.views.length));
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    if (empty) empty.hidden = visible.size > 0;
    if (this.selected && !visible.has(this.selected)) this.closeDetails();
    const next = this.state.nearest(this.focused);
    if (next) this.setTabStop(next);
    this.render();
  }
}

if (!customElements.get('mp-timeline')) customElements.define('mp-timeline', MpTimeline);

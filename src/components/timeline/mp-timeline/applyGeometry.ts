/**
 * Applies a layout to the drawing: moves markers, span bars, stems and labels, shows clusters
 * (reusing their elements while they last), and redraws era bands, ticks and the axis. Nothing
 * is re-rendered from strings: attributes and positions change in place. Browser only.
 */
import { lineOffsets, peekLabel, px, spanBar, stemTop, textX } from '../../../lib/timeline/drawing.ts';
import { labelLines, type LabelText } from '../../../lib/timeline/labelText.ts';
import { cacheKey } from '../../../lib/timeline/layoutTimeline.ts';
import { labelWidths, METRICS } from '../../../lib/timeline/metrics.ts';
import type { PlacedCluster, PlacedEvent, PlacedLabel, TimelineGeometry, TimeWindow } from '../../../lib/timeline/types.ts';
import type { Drawing, EventView } from './readDrawing.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Where events outside the window wait, beyond the drawing's left edge. */
const OFF_STAGE = -1000;

export interface ApplyContext {
  window: TimeWindow;
  /** The drawing's height changed (its lanes did): everything placed from the axis moves too. */
  resized: boolean;
  /** Ids whose hidden label must follow their marker (pointed at, focused, open). */
  peeking: ReadonlySet<string>;
  labelCache: Map<string, LabelText>;
  /** A cluster's accessible name. */
  clusterName: (cluster: PlacedCluster) => string;
  /** Where a cluster's marker links without the script (its first member). */
  clusterHref: (cluster: PlacedCluster) => string;
}

interface ClusterView {
  el: SVGAElement;
  shift: SVGTransform;
  count: SVGTextElement;
  callout: SVGGElement;
  stem: SVGLineElement;
  text: SVGTextElement;
  lines: string;
  /** The members it was last drawn for: its name and links change only with them. */
  members: string;
}

const clusterViews = new WeakMap<Drawing, { live: Map<string, ClusterView>; free: ClusterView[] }>();

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/**
 * Gives an event's label the lines the layout wrapped it into (they change with the drawing's
 * width). As on the server, a space ends each line but the last and another stands between the
 * lines, so the label reads as words.
 */
function setLines(view: EventView, lines: readonly string[]): void {
  if (view.tspans.length === lines.length && view.tspans.every((t, i) => t.textContent!.trimEnd() === lines[i])) return;
  const nodes: Node[] = [];
  view.tspans = lines.map((line, i) => {
    const tspan = el('tspan', i === 0 ? { class: 'tl-label__date', 'font-size': METRICS.dateSize } : {});
    tspan.textContent = i < lines.length - 1 ? `${line} ` : line;
    if (i > 0) nodes.push(document.createTextNode(' '));
    nodes.push(tspan);
    return tspan;
  });
  view.label.replaceChildren(...nodes);
}

/** Writes a label's lines at its place (and anchor). */
export function placeText(text: SVGTextElement, tspans: readonly SVGTSpanElement[], label: PlacedLabel): void {
  text.setAttribute('text-anchor', label.anchor);
  const offsets = lineOffsets(tspans.length);
  const x = String(px(textX(label)));
  tspans.forEach((tspan, i) => {
    tspan.setAttribute('x', x);
    tspan.setAttribute('y', String(px(label.y + offsets[i])));
  });
}

function setLabelled(view: EventView, labelled: boolean): void {
  view.labelled = labelled;
  view.label.classList.toggle('is-hidden', !labelled);
  view.stem.classList.toggle('is-hidden', !labelled);
}

/** Puts a label that has no lane where it shows on hover or focus: the lowest lane, over its neighbours. */
export function peek(view: EventView, placed: PlacedEvent, g: TimelineGeometry, cache: Map<string, LabelText>): void {
  const maxWidth = labelWidths(g.width).label;
  const text = cache.get(cacheKey(view.data.id, maxWidth)) ?? labelLines(view.event, maxWidth);
  const label = peekLabel(placed.x, text, g.width, g.axisY);
  setLines(view, label.lines);
  placeText(view.label, view.tspans, label);
  view.stem.setAttribute('x1', String(px(placed.x)));
  view.stem.setAttribute('x2', String(px(placed.x)));
  view.stem.setAttribute('y1', String(px(stemTop(label))));
}

function applyEvent(view: EventView, placed: PlacedEvent, g: TimelineGeometry, ctx: ApplyContext): void {
  const { event } = view;
  // Outside the window an event is parked off the drawing once, not moved at every step.
  const out = event.start > ctx.window[1] || (event.end ?? event.start) < ctx.window[0];
  if (out) {
    if (!view.out || ctx.resized) {
      view.out = true;
      view.shift.setTranslate(OFF_STAGE, g.axisY);
      // A parked span keeps no width, or it would reach back into the drawing.
      view.span?.setAttribute('x', String(OFF_STAGE));
      view.span?.setAttribute('width', '0');
      if (view.labelled) setLabelled(view, false);
    }
    if (view.clustered) {
      view.clustered = false;
      view.el.classList.remove('is-clustered');
    }
    return;
  }
  const bar = spanBar(placed, g.axisY);
  if (bar && view.span) {
    view.span.setAttribute('x', String(bar.x));
    view.span.setAttribute('width', String(bar.width));
    if (view.out || ctx.resized) view.span.setAttribute('y', String(bar.y));
  }
  const clustered = placed.cluster !== undefined;
  if (clustered !== view.clustered) {
    view.clustered = clustered;
    view.el.classList.toggle('is-clustered', clustered);
  }
  // A marker its cluster stands for is not drawn: it is placed when it comes out of the cluster.
  if (clustered) {
    if (view.labelled) setLabelled(view, false);
    view.out = true;
    return;
  }
  const back = view.out || ctx.resized;
  view.out = false;
  view.shift.setTranslate(px(placed.x), g.axisY);
  if (back) view.stem.setAttribute('y2', String(g.axisY - METRICS.markerRadius));
  if (placed.label) {
    setLines(view, placed.label.lines);
    placeText(view.label, view.tspans, placed.label);
    view.stem.setAttribute('x1', String(px(placed.x)));
    view.stem.setAttribute('x2', String(px(placed.x)));
    view.stem.setAttribute('y1', String(px(stemTop(placed.label))));
  } else if (view.labelled || ctx.peeking.has(event.id)) {
    peek(view, placed, g, ctx.labelCache);
  }
  if (!!placed.label !== view.labelled) setLabelled(view, !!placed.label);
}

function newCluster(axisY: number): ClusterView {
  const a = el('a', { class: 'tl-cluster', tabindex: -1 });
  const mark = el('g', { class: 'tl-mark', transform: `translate(0,${axisY})` });
  const count = el('text', { class: 'tl-cluster__count', y: 4, 'text-anchor': 'middle' });
  mark.append(el('circle', { class: 'tl-hit', r: 13 }), el('circle', { class: 'tl-cluster__disc', r: METRICS.clusterRadius }), count);
  a.append(mark);
  const callout = el('g', { class: 'tl-callout' });
  const stem = el('line', { class: 'tl-stem' });
  const text = el('text', { class: 'tl-label' });
  callout.append(stem, text);
  return { el: a, shift: mark.transform.baseVal.getItem(0), count, callout, stem, text, lines: '', members: '' };
}

/** The cluster views the server drew, by id. */
function readClusters(d: Drawing): Map<string, ClusterView> {
  const live = new Map<string, ClusterView>();
  const callouts = new Map([...d.calloutLayer.querySelectorAll<SVGGElement>('.tl-callout')].map((c) => [c.dataset.for!, c]));
  for (const a of d.clusterLayer.querySelectorAll<SVGAElement>('a.tl-cluster')) {
    const id = a.dataset.id!;
    let callout = callouts.get(id);
    if (!callout) {
      callout = el('g', { class: 'tl-callout' });
      callout.append(el('line', { class: 'tl-stem' }), el('text', { class: 'tl-label' }));
      d.calloutLayer.append(callout);
    }
    const mark = a.querySelector<SVGGElement>('.tl-mark')!;
    live.set(id, {
      el: a,
      shift: mark.transform.baseVal.getItem(0),
      count: a.querySelector<SVGTextElement>('.tl-cluster__count')!,
      callout,
      stem: callout.querySelector<SVGLineElement>('.tl-stem')!,
      text: callout.querySelector<SVGTextElement>('text')!,
      lines: [...callout.querySelectorAll('tspan')].map((t) => t.textContent).join('\n'),
      members: a.dataset.members ?? '',
    });
  }
  return live;
}

function applyClusters(d: Drawing, g: TimelineGeometry, ctx: ApplyContext): void {
  let pool = clusterViews.get(d);
  if (!pool) clusterViews.set(d, (pool = { live: readClusters(d), free: [] }));
  // Views of clusters that are gone serve the new ones first: no element leaves the DOM while
  // zooming (removing and adding them costs more than moving them); spare ones wait hidden.
  const ids = new Set(g.clusters.map((c) => c.id));
  const stale = [...pool.live].filter(([id]) => !ids.has(id)).map(([, view]) => view);
  const next = new Map<string, ClusterView>();
  for (const cluster of g.clusters) {
    let view = pool.live.get(cluster.id);
    if (!view) {
      view = stale.pop() ?? pool.free.pop();
      if (!view) {
        view = newCluster(g.axisY);
        d.clusterLayer.append(view.el);
        d.calloutLayer.append(view.callout);
      }
      view.el.classList.remove('is-hidden');
      view.el.setAttribute('data-id', cluster.id);
      view.members = '';
    }
    next.set(cluster.id, view);
    const members = cluster.members.join(' ');
    if (members !== view.members) {
      view.members = members;
      view.el.setAttribute('data-members', members);
      view.el.setAttribute('aria-label', ctx.clusterName(cluster));
      view.el.setAttribute('href', ctx.clusterHref(cluster));
      view.count.textContent = String(cluster.members.length);
      view.callout.setAttribute('data-for', cluster.id);
      view.callout.setAttribute('data-named', cluster.named.join(' '));
    }
    view.shift.setTranslate(px(cluster.x), g.axisY);
    const label = cluster.label;
    view.callout.classList.toggle('is-hidden', !label);
    if (!label) continue;
    const joined = label.lines.join('\n');
    if (joined !== view.lines) {
      view.lines = joined;
      view.text.replaceChildren(
        ...label.lines.map((line, i) => {
          const tspan = el('tspan', i === 0 ? { class: 'tl-label__date', 'font-size': METRICS.dateSize } : {});
          tspan.textContent = line;
          return tspan;
        }),
      );
    }
    placeText(view.text, [...view.text.children] as SVGTSpanElement[], label);
    view.stem.setAttribute('x1', String(px(cluster.x)));
    view.stem.setAttribute('x2', String(px(cluster.x)));
    view.stem.setAttribute('y1', String(px(stemTop(label))));
    view.stem.setAttribute('y2', String(g.axisY - METRICS.clusterRadius));
  }
  for (const view of stale) {
    view.el.classList.add('is-hidden');
    view.el.removeAttribute('data-id');
    view.el.removeAttribute('data-members');
    view.members = '';
    view.callout.classList.add('is-hidden');
    view.callout.removeAttribute('data-for');
    pool.free.push(view);
  }
  pool.live = next;
}

function applyTicks(d: Drawing, g: TimelineGeometry): void {
  const nodes = g.ticks.map((tick) => {
    const t = el('g', { class: tick.anchor === 'middle' ? 'tl-tick' : `tl-tick tl-tick--${tick.anchor}`, transform: `translate(${px(tick.x)},0)` });
    const text = el('text', { y: g.height - 10 });
    text.textContent = tick.text;
    t.append(el('line', { y1: g.axisY, y2: g.axisY + 5 }), text);
    return t;
  });
  d.ticks.replaceChildren(...nodes);
}

/** Applies `g` to the drawing `d`. */
export function applyGeometry(d: Drawing, g: TimelineGeometry, ctx: ApplyContext): void {
  for (const placed of g.events) applyEvent(d.byId.get(placed.id)!, placed, g, ctx);
  applyClusters(d, g, ctx);
  d.eras.forEach((view, i) => {
    const era = g.eras[i];
    if (ctx.resized) view.rect.setAttribute('height', String(g.axisY));
    view.rect.setAttribute('x', String(px(era.x0)));
    view.rect.setAttribute('width', String(px(Math.max(0, era.x1 - era.x0))));
    view.el.classList.toggle('tl-era--alt', era.alt);
    view.text.setAttribute('x', String(px(era.x0 + 6)));
    view.text.classList.toggle('is-hidden', !era.showLabel);
  });
  d.axis.setAttribute('x1', String(g.plot[0]));
  d.axis.setAttribute('x2', String(g.plot[1]));
  if (ctx.resized) {
    d.axis.setAttribute('y1', String(g.axisY));
    d.axis.setAttribute('y2', String(g.axisY));
  }
  applyTicks(d, g);
}

/** The element of a stop (an event or a cluster), if it is drawn. */
export function stopNode(d: Drawing, id: string): SVGAElement | null {
  return d.byId.get(id)?.el ?? d.clusterLayer.querySelector<SVGAElement>(`a.tl-cluster[data-id="${CSS.escape(id)}"]`);
}

/**
 * Reads the drawing the server wrote inside <mp-timeline>: every event's marker and list entry,
 * the eras, the clusters' layers, the overview and the controls, through the data-* contract.
 * The rest of the element works on what this returns. Browser only.
 */
import { ERA, EVENT, OVERVIEW, decodeWindow, readEvent, type EventData } from '../../../lib/timeline/dataContract.ts';
import type { ControllerEvent } from '../../../lib/timeline/timelineController.ts';
import type { Era, TimelineEvent, TimeWindow } from '../../../lib/timeline/types.ts';

export interface EventView {
  data: EventData;
  /** The event as the layout sees it. */
  event: TimelineEvent;
  el: SVGAElement;
  mark: SVGGElement;
  /** The marker's translation, changed in place (faster than rewriting the attribute). */
  shift: SVGTransform;
  shape: SVGPathElement;
  stem: SVGLineElement;
  label: SVGTextElement;
  tspans: SVGTSpanElement[];
  span: SVGRectElement | null;
  item: HTMLLIElement | null;
  /** Whether the last layout gave it a label of its own. */
  labelled: boolean;
  /** Whether it is outside the window (parked off the drawing). */
  out: boolean;
  /** Whether a cluster stands for it. */
  clustered: boolean;
}

export interface EraView {
  era: Era;
  el: SVGGElement;
  rect: SVGRectElement;
  text: SVGTextElement;
}

export interface OverviewView {
  svg: SVGSVGElement;
  range: TimeWindow;
  brush: SVGGElement;
  window: SVGRectElement;
  handle: SVGLineElement;
}

export interface Drawing {
  root: HTMLElement;
  svg: SVGSVGElement;
  scroller: HTMLElement;
  axis: SVGLineElement;
  ticks: SVGGElement;
  eras: EraView[];
  views: EventView[];
  byId: Map<string, EventView>;
  clusterLayer: SVGGElement;
  calloutLayer: SVGGElement;
  overview: OverviewView | null;
  details: HTMLElement;
  detailsBody: HTMLElement;
  count: HTMLElement | null;
  announce: HTMLElement | null;
  empty: HTMLElement | null;
}

export function readDrawing(root: HTMLElement): Drawing {
  const svg = root.querySelector<SVGSVGElement>('svg.tl-svg')!;
  const items = new Map<string, HTMLLIElement>();
  root.querySelectorAll<HTMLLIElement>('.tl__list > li[data-id]').forEach((li) => items.set(li.dataset.id!, li));
  const spans = new Map([...svg.querySelectorAll<SVGRectElement>('.tl-spans .tl-span')].map((rect) => [rect.dataset.for!, rect]));
  const views: EventView[] = [...svg.querySelectorAll<SVGAElement>('a.tl-ev')].map((el) => {
    const data = readEvent(el);
    const label = el.querySelector<SVGTextElement>('.tl-label')!;
    const mark = el.querySelector<SVGGElement>('.tl-mark')!;
    el.classList.remove('is-out');
    return {
      data,
      event: { id: data.id, start: data.start, end: data.end, importance: data.importance, label: data.label, dateLabel: data.dateLabel },
      el,
      mark,
      shift: mark.transform.baseVal.getItem(0),
      shape: mark.querySelector<SVGPathElement>('.tl-shape')!,
      stem: el.querySelector<SVGLineElement>('.tl-stem')!,
      label,
      tspans: [...label.querySelectorAll<SVGTSpanElement>('tspan')],
      span: spans.get(data.id) ?? null,
      item: items.get(data.id) ?? null,
      labelled: !label.classList.contains('is-hidden'),
      out: false,
      clustered: el.classList.contains('is-clustered'),
    };
  });
  const eras = [...svg.querySelectorAll<SVGGElement>('.tl-era')].map((el) => {
    const text = el.querySelector<SVGTextElement>('text')!;
    const era: Era = { id: el.getAttribute(ERA.id) ?? '', start: Number(el.getAttribute(ERA.start)), end: Number(el.getAttribute(ERA.end)), label: text.textContent ?? '' };
    return { era, el, rect: el.querySelector('rect')!, text };
  });
  const ov = root.querySelector<SVGSVGElement>('svg.tl-ov');
  const overview = ov
    ? {
        svg: ov,
        range: decodeWindow(ov.getAttribute(OVERVIEW.range))!,
        brush: ov.querySelector<SVGGElement>('[data-brush]')!,
        window: ov.querySelector<SVGRectElement>('.tl-ov__window')!,
        handle: ov.querySelector<SVGLineElement>('.tl-ov__handle')!,
      }
    : null;
  return {
    root,
    svg,
    scroller: root.querySelector<HTMLElement>('.tl__scroller')!,
    axis: svg.querySelector<SVGLineElement>('.tl-axis')!,
    ticks: svg.querySelector<SVGGElement>('.tl-ticks')!,
    eras,
    views,
    byId: new Map(views.map((v) => [v.data.id, v])),
    clusterLayer: svg.querySelector<SVGGElement>('.tl-clusters')!,
    calloutLayer: svg.querySelector<SVGGElement>('.tl-callouts')!,
    overview,
    details: root.querySelector<HTMLElement>('[data-details]')!,
    detailsBody: root.querySelector<HTMLElement>('[data-details-body]')!,
    count: root.querySelector<HTMLElement>('[data-count]'),
    announce: root.querySelector<HTMLElement>('[data-announce]'),
    empty: root.querySelector<HTMLElement>('[data-empty]'),
  };
}

/** What the controller keeps of each event: the filters search its list entry's title and summary. */
export function controllerEvents(d: Drawing): ControllerEvent[] {
  return d.views.map((v) => ({
    id: v.data.id,
    start: v.data.start,
    category: v.data.category,
    places: v.data.places,
    text: `${v.item?.querySelector('.entry__title')?.textContent ?? v.data.label} ${v.item?.querySelector('.entry__summary')?.textContent ?? ''}`,
  }));
}

/** The event marker or cluster marker an event's target is inside, if any. */
export function stopElement(target: EventTarget | null): SVGAElement | null {
  return target instanceof Element ? target.closest<SVGAElement>('a.tl-ev, a.tl-cluster') : null;
}

/** The id a stop element stands for (an event id or a cluster id). */
export function stopId(el: Element): string {
  return el.getAttribute(EVENT.id)!;
}

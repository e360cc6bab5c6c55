/**
 * The timeline's pointer and keyboard: clicks and keys on the drawing become the controller's
 * actions, a pointed marker's hidden label peeks out, focus arriving on an event is followed, and
 * the zoom buttons and Esc are wired. Reads the drawing's markers; keeps no state of its own.
 * Browser only.
 */
import { ZOOM_STEP, type Action } from '../../../lib/timeline/timelineController.ts';
import { stopElement, stopId } from './readDrawing.ts';

export interface InputHost {
  element: HTMLElement;
  svg: SVGSVGElement;
  /** The action a key asks for on a stop (or on the focused stop when `id` is undefined). */
  keyAction(key: string, id: string | undefined): Action | undefined;
  act(action: Action): void;
  /** The event under the pointer, or undefined off the markers. */
  point(id: string | undefined): void;
  /** Whether keyboard focus belongs in the drawing. */
  holdFocus(hold: boolean): void;
  /** Focus arrived on a stop (an event, or a cluster when `onEvent` is false). */
  focusArrived(id: string, onEvent: boolean): void;
  /** "Whole period". */
  zoomAll(): void;
  /** Esc outside the drawing and the details. */
  escape(): void;
}

export function wireInput(host: InputHost): void {
  const { element, svg } = host;
  svg.addEventListener('click', (event) => {
    const el = stopElement(event.target);
    if (!el) return;
    event.preventDefault();
    host.act({ kind: el.matches('a.tl-cluster') ? 'zoomTo' : 'open', id: stopId(el) });
  });
  svg.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const el = stopElement(event.target);
    const action = host.keyAction(event.key, el ? stopId(el) : undefined);
    if (!action) return;
    event.preventDefault();
    host.act(action);
  });
  // A label with no lane is moved next to its marker when pointed at or focused.
  svg.addEventListener('pointerover', (event) => {
    const el = stopElement(event.target);
    host.point(el?.matches('a.tl-ev') ? stopId(el) : undefined);
  });
  // On the element, not the <svg>: Chromium makes an <svg> with a focus listener a tab stop.
  element.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !svg.contains(next)) host.holdFocus(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!svg.contains(event.target as Node)) host.holdFocus(false);
  });
  element.addEventListener('focusin', (event) => {
    const el = stopElement(event.target);
    if (!el || !svg.contains(el)) return;
    host.holdFocus(true);
    host.focusArrived(stopId(el), el.matches('a.tl-ev'));
  });
  element.querySelector('[data-zoom="in"]')?.addEventListener('click', () => host.act({ kind: 'zoom', factor: ZOOM_STEP }));
  element.querySelector('[data-zoom="out"]')?.addEventListener('click', () => host.act({ kind: 'zoom', factor: 1 / ZOOM_STEP }));
  element.querySelector('[data-zoom="reset"]')?.addEventListener('click', () => host.zoomAll());
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !(event.target as Element).closest('svg, [data-details]')) host.escape();
  });
}

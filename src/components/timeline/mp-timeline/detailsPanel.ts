/**
 * The details panel: a clone of the event's server-rendered list entry (never HTML from a
 * string), opened in view (a bottom sheet on small screens, with the drawing scrolled up so the
 * marker stays visible), announced politely, and closed with its button or Esc. Markers say
 * whether their details are open (`aria-expanded`). Browser only.
 */
import type { Drawing } from './readDrawing.ts';

export class DetailsPanel {
  private readonly d: Drawing;
  private readonly opened: string;
  open: string | undefined;

  constructor(d: Drawing, options: { opened: string; onClose: (returnFocus: boolean) => void }) {
    this.d = d;
    this.opened = options.opened;
    const panelId = d.details.id;
    for (const view of d.views) {
      view.el.setAttribute('aria-expanded', 'false');
      if (panelId) view.el.setAttribute('aria-controls', panelId);
    }
    d.details.querySelector('[data-close]')?.addEventListener('click', () => options.onClose(true));
    d.details.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') options.onClose(true);
    });
  }

  /** Shows the event's entry; returns false when it has none. */
  show(id: string, extra?: Node): boolean {
    const view = this.d.byId.get(id);
    const item = view?.item;
    const entry = item?.querySelector('.entry');
    if (!view || !item || !entry) return false;
    if (this.open && this.open !== id) this.mark(this.open, false);
    this.open = id;
    this.mark(id, true);
    const parts = [entry, ...item.querySelectorAll(':scope > .tl__confirmed')].map((node) => {
      const clone = node.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
      clone.querySelectorAll('details').forEach((el) => (el.open = true));
      // The list's heading levels do not fit where the panel sits: its title becomes a paragraph.
      clone.querySelectorAll('h2, h3, h4').forEach((heading) => {
        const p = document.createElement('p');
        for (const attr of heading.attributes) p.setAttribute(attr.name, attr.value);
        p.append(...heading.childNodes);
        heading.replaceWith(p);
      });
      return clone;
    });
    this.d.detailsBody.replaceChildren(...(extra ? [extra] : []), ...parts);
    this.d.details.dataset.category = view.data.category;
    this.d.details.hidden = false;
    const title = entry.querySelector('.entry__title')?.textContent?.trim() ?? view.data.label;
    this.say(this.opened.replace('{title}', title));
    return true;
  }

  hide(): boolean {
    if (this.d.details.hidden) return false;
    this.d.details.hidden = true;
    if (this.open) this.mark(this.open, false);
    this.open = undefined;
    return true;
  }

  /**
   * Keeps the panel and its marker both in sight: where the panel is a bottom sheet (small
   * screens), the drawing is scrolled to the upper part of the screen; elsewhere the panel is
   * scrolled into view if it opened below the fold.
   */
  bringIntoView(reducedMotion: boolean): void {
    if (this.d.details.hidden) return;
    const behavior = reducedMotion ? 'auto' : 'smooth';
    const panel = this.d.details.getBoundingClientRect();
    const svg = this.d.svg.getBoundingClientRect();
    if (this.isSheet()) {
      // The marker (on the axis, near the drawing's foot) a little above the sheet.
      const axis = svg.top + (this.d.axis.y1.baseVal.value / this.d.svg.height.baseVal.value) * svg.height;
      const target = Math.max(48, panel.top - 56);
      if (axis > panel.top - 16 || axis < 0) scrollBy({ top: axis - target, behavior });
    } else if (panel.bottom > innerHeight) {
      scrollBy({ top: Math.min(panel.bottom - innerHeight + 16, svg.top - 8), behavior });
    }
  }

  /** Whether the panel opens as a sheet at the foot of the screen (small screens). */
  isSheet(): boolean {
    return getComputedStyle(this.d.details).position === 'fixed';
  }

  private mark(id: string, open: boolean): void {
    const view = this.d.byId.get(id);
    if (!view) return;
    view.el.classList.toggle('is-selected', open);
    view.el.setAttribute('aria-expanded', String(open));
  }

  /** A polite announcement. */
  say(text: string): void {
    if (!this.d.announce) return;
    this.d.announce.textContent = '';
    // A change after a tick is announced even when the text repeats.
    requestAnimationFrame(() => (this.d.announce!.textContent = text));
  }
}

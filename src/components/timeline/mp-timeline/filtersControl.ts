/**
 * The explorer's filters: category toggles and place toggles (pressed buttons) and the text
 * filter. They set the controller's filters, hide what they leave out in the drawing and in the
 * list, and say when nothing matches. Browser only.
 */
import type { TimelineState } from '../../../lib/timeline/timelineState.ts';
import type { Drawing } from './readDrawing.ts';

export class FiltersControl {
  private readonly d: Drawing;
  private readonly state: TimelineState;
  private readonly onChange: () => void;
  private readonly categories: HTMLButtonElement[];
  private readonly places: HTMLButtonElement[];
  private query = '';

  constructor(d: Drawing, state: TimelineState, onChange: () => void) {
    this.d = d;
    this.state = state;
    this.onChange = onChange;
    this.categories = [...d.root.querySelectorAll<HTMLButtonElement>('button[data-category]')];
    for (const button of this.categories) {
      button.addEventListener('click', () => {
        button.setAttribute('aria-pressed', button.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
        this.state.setCategories(this.categories.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.category!));
        this.apply();
      });
    }
    this.places = [...d.root.querySelectorAll<HTMLButtonElement>('button[data-place-filter]')];
    for (const button of this.places) {
      button.addEventListener('click', () => {
        button.setAttribute('aria-pressed', button.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
        this.state.setPlaces(this.places.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.placeFilter!));
        this.apply();
      });
    }
    d.root.querySelector<HTMLInputElement>('input[data-query]')?.addEventListener('input', (event) => {
      this.query = (event.target as HTMLInputElement).value;
      this.state.setQuery(this.query);
      this.apply();
    });
  }

  /** Whether any filter leaves something out. */
  active(): boolean {
    return (
      this.query.trim() !== '' ||
      this.categories.some((b) => b.getAttribute('aria-pressed') === 'false') ||
      this.places.some((b) => b.getAttribute('aria-pressed') === 'true')
    );
  }

  private apply(): void {
    const visible = new Set(this.state.visibleIds());
    for (const view of this.d.views) {
      const shown = visible.has(view.data.id);
      view.el.classList.toggle('is-filtered', !shown);
      view.span?.classList.toggle('is-filtered', !shown);
      if (view.item) view.item.hidden = !shown;
    }
    if (this.d.empty) this.d.empty.hidden = visible.size > 0;
    this.onChange();
  }
}

/** Which named view a timeline can be embedded as, and which views have anything to embed. Pure. */
import { VIEWS, isViewName, type ViewDefinition, type ViewName } from '../timeline/views.ts';

export interface TimelineChoice {
  view?: string;
  window?: readonly [string, string];
  categories?: readonly string[];
}

const sameWindow = (a?: readonly [string, string], b?: readonly [string, string]) => a?.[0] === b?.[0] && a?.[1] === b?.[1];
const sameCategories = (a?: readonly string[], b?: readonly string[]) => [...(a ?? [])].sort().join() === [...(b ?? [])].sort().join();

/**
 * The view a timeline with these props is embedded as: the view that draws exactly its window
 * and categories (highlights aside), else the view it names; none for a custom timeline that
 * matches no view.
 */
export function embedViewFor(props: TimelineChoice): ViewName | undefined {
  if (props.view && !isViewName(props.view)) return undefined;
  const named = props.view && isViewName(props.view) ? VIEWS[props.view] : undefined;
  const window = props.window ?? (named as ViewDefinition | undefined)?.window;
  const categories = props.categories ?? (named as ViewDefinition | undefined)?.categories;
  const exact = (Object.entries(VIEWS) as [ViewName, ViewDefinition][]).find(([, v]) => sameWindow(v.window, window) && sameCategories(v.categories, categories));
  if (exact) return exact[0];
  return named ? (props.view as ViewName) : undefined;
}

/** True when some event falls in the view (its start inside the window, its category kept), as the timeline draws it. */
export function viewHasEvents(view: ViewDefinition, events: readonly { date: string; category: string }[]): boolean {
  return events.some((e) => (!view.categories || view.categories.includes(e.category as never)) && (!view.window || (e.date >= view.window[0] && e.date <= view.window[1])));
}

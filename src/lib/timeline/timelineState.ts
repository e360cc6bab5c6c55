/**
 * The headless filter state of an interactive timeline: which events pass the filters (categories,
 * places, text), and moving between them in date order. No DOM: the custom element asks it and applies the answers.
 * Shared by the server and the browser.
 */
import { foldText, matchesQuery } from './searchText.ts';

export interface StateEvent {
  id: string;
  category: string;
  /** Title and summary, for the text filter. */
  text: string;
  /** Ids of the places it happened in or concerns, for the place filter. */
  places?: readonly string[];
}

export class TimelineState {
  private readonly events: readonly StateEvent[];
  private readonly folded: Map<string, string>;
  private readonly index: Map<string, number>;
  private categories: Set<string>;
  private places = new Set<string>();
  private query = '';
  private visible: string[];

  /** `events` in date order. */
  constructor(events: readonly StateEvent[]) {
    this.events = events;
    this.folded = new Map(events.map((e) => [e.id, foldText(e.text)]));
    this.index = new Map(events.map((e, i) => [e.id, i]));
    this.categories = new Set(events.map((e) => e.category));
    this.visible = events.map((e) => e.id);
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** Shows only these categories. */
  setCategories(categories: Iterable<string>): void {
    this.categories = new Set(categories);
    this.update();
  }

  /** Shows only events that concern one of these places; none: every event. */
  setPlaces(places: Iterable<string>): void {
    this.places = new Set(places);
    this.update();
  }

  /** Shows only events whose title or summary contains every word of `query`. */
  setQuery(query: string): void {
    this.query = query;
    this.update();
  }

  isVisible(id: string): boolean {
    return this.visible.includes(id);
  }

  /** Ids passing the filters, in date order. */
  visibleIds(): readonly string[] {
    return this.visible;
  }

  first(): string | undefined {
    return this.visible[0];
  }

  last(): string | undefined {
    return this.visible.at(-1);
  }

  /** The next visible event after `id` (or after where `id` would be), or undefined at the end. */
  next(id: string | undefined): string | undefined {
    if (id === undefined) return this.first();
    const at = this.index.get(id) ?? -1;
    return this.visible.find((v) => this.index.get(v)! > at);
  }

  /** The previous visible event before `id`, or undefined at the start. */
  prev(id: string | undefined): string | undefined {
    if (id === undefined) return this.last();
    const at = this.index.get(id) ?? Infinity;
    return this.visible.findLast((v) => this.index.get(v)! < at);
  }

  /** `id` if visible, otherwise the nearest visible event after it, or before it. */
  nearest(id: string | undefined): string | undefined {
    if (id !== undefined && this.isVisible(id)) return id;
    return this.next(id) ?? this.prev(id);
  }

  private update(): void {
    this.visible = this.events
      .filter((e) => this.categories.has(e.category) && matchesQuery(this.folded.get(e.id)!, this.query))
      .filter((e) => this.places.size === 0 || (e.places ?? []).some((p) => this.places.has(p)))
      .map((e) => e.id);
  }
}

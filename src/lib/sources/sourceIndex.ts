/** Every source cited by the events, once each, grouped by publisher: for the method page. */
import type { Source } from '../../schemas/source.ts';

export interface IndexedSource {
  source: Source;
  /** Ids of the events that cite it, in the order given. */
  eventIds: string[];
}

export interface PublisherGroup {
  publisher: string;
  sources: IndexedSource[];
}

/** Groups sources by publisher (sorted by name), each URL once, listing the events citing it. */
export function sourceIndex(events: readonly { id: string; sources: readonly Source[] }[]): PublisherGroup[] {
  const byUrl = new Map<string, IndexedSource>();
  for (const event of events) {
    for (const source of event.sources) {
      const seen = byUrl.get(source.url);
      if (seen) {
        if (!seen.eventIds.includes(event.id)) seen.eventIds.push(event.id);
      } else {
        byUrl.set(source.url, { source, eventIds: [event.id] });
      }
    }
  }
  const groups = new Map<string, IndexedSource[]>();
  for (const item of byUrl.values()) {
    const list = groups.get(item.source.publisher) ?? [];
    list.push(item);
    groups.set(item.source.publisher, list);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([publisher, sources]) => ({ publisher, sources: sources.sort((a, b) => byName(a.source.url, b.source.url)) }));
}

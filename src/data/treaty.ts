/** The treaty as pages use it: the one entry of the treaty collection, its articles by number, and the events that name each. */
import { getEntry } from 'astro:content';
import type { TreatyArticle, TreatyData } from '../schemas/treaty.ts';
import { buildMemo } from './buildMemo.ts';
import { getEvents, type EventEntry } from './events.ts';

export function getTreaty(): Promise<TreatyData> {
  return buildMemo('treaty', async () => {
    const entry = await getEntry('treaty', 'treaty');
    if (!entry) throw new Error('content/treaty.yaml is missing: the treaty page and every link to an article need it');
    return entry.data;
  });
}

/** The described article `n`, or undefined when the treaty page does not describe it. */
export async function treatyArticle(n: number): Promise<TreatyArticle | undefined> {
  return (await getTreaty()).articles.find((article) => article.number === n);
}

/** For each article number, the events that name it in `treatyArticles`, in date order. */
export function eventsByTreatyArticle(): Promise<Map<number, EventEntry[]>> {
  return buildMemo('events-by-treaty-article', async () => {
    const result = new Map<number, EventEntry[]>();
    for (const event of await getEvents()) {
      for (const n of event.data.treatyArticles) result.set(n, [...(result.get(n) ?? []), event]);
    }
    return result;
  });
}

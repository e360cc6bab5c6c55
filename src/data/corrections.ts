/** The corrections log for pages: every entry in publication order, and the entries that concern one event or one article. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildMemo } from './buildMemo.ts';

export type CorrectionEntry = CollectionEntry<'corrections'>;

/** Every correction, oldest first (the file's order within a day). */
export function getCorrections(): Promise<CorrectionEntry[]> {
  return buildMemo('corrections', async () => {
    const entries = await getCollection('corrections');
    // getCollection keeps the file's order; a stable sort by date keeps it within a day.
    return entries.map((entry, i) => ({ entry, i })).sort((a, b) => a.entry.data.date.localeCompare(b.entry.data.date) || a.i - b.i).map(({ entry }) => entry);
  });
}

/** The corrections of one event's or one article's published text, oldest first. */
export async function correctionsOf(target: { event: string } | { article: string }): Promise<CorrectionEntry[]> {
  return (await getCorrections()).filter((c) => ('event' in target ? c.data.events.includes(target.event) : c.data.articles.includes(target.article)));
}

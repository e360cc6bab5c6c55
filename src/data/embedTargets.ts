/** What can be embedded: every named timeline view that has events, and every event; each gets /<lang>/embed/<id>/ and its oEmbed document. */
import { viewHasEvents } from '../lib/embed/embedView.ts';
import { VIEWS, type ViewName } from '../lib/timeline/views.ts';
import { buildMemo } from './buildMemo.ts';
import { getEvents, type EventEntry } from './events.ts';

export type EmbedTarget = { kind: 'view'; id: ViewName } | { kind: 'event'; id: string; entry: EventEntry };

export function embedTargets(): Promise<EmbedTarget[]> {
  return buildMemo('embed-targets', async () => {
    const events = await getEvents();
    const ids = new Set(events.map((e) => e.id));
    const views = (Object.keys(VIEWS) as ViewName[]).filter((name) => viewHasEvents(VIEWS[name], events.map((e) => e.data)));
    for (const name of views) {
      if (ids.has(name)) throw new Error(`the view "${name}" and an event share the id: /embed/${name}/ would be both (rename the view)`);
    }
    return [...views.map((id): EmbedTarget => ({ kind: 'view', id })), ...events.map((entry): EmbedTarget => ({ kind: 'event', id: entry.id, entry }))];
  });
}

/** getStaticPaths for the embed pages and their oEmbed documents. */
export async function embedPaths() {
  return (await embedTargets()).map((target) => ({ params: { id: target.id }, props: { target } }));
}

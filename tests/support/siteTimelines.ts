/**
 * The site's own content, read from disk through the same file rules and the same mapping the
 * build uses (src/lib/timeline/fromContent.ts), and every timeline the site draws planned as
 * Timeline.astro plans it: the named views, the explorer and a sample event page. For the
 * golden drawings and the label coverage test.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { collectionFiles, COLLECTION_FILE, COLLECTION_FILES, contentRoot } from '../../src/content-check/contentFiles.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { datedEras, toPlanEvent, type EraFacts, type EventFacts } from '../../src/lib/timeline/fromContent.ts';
import { planTimeline, type PlanInput, type TimelinePlan } from '../../src/lib/timeline/planTimeline.ts';
import type { Era } from '../../src/lib/timeline/types.ts';
import { VIEWS, type ViewName } from '../../src/lib/timeline/views.ts';

export interface SiteEvent {
  id: string;
  data: EventFacts & { id: string };
}

/** Every event (in date order, then id) and the eras' data. */
export async function readSiteContent(root = path.resolve(contentRoot())): Promise<{ events: SiteEvent[]; eras: EraFacts[] }> {
  const dir = path.join(root, COLLECTION_FILES.events.base);
  const events: SiteEvent[] = [];
  for (const name of await collectionFiles(root, 'events')) {
    const data = parse(await readFile(path.join(dir, name), 'utf8'), { schema: 'core' }) as EventFacts & { id: string };
    events.push({ id: data.id, data });
  }
  events.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  const eras = parse(await readFile(path.join(root, COLLECTION_FILE.eras), 'utf8'), { schema: 'core' }) as EraFacts[];
  return { events, eras };
}

export interface SiteTimeline {
  name: string;
  plan: TimelinePlan;
  input: PlanInput;
}

/** The event page sampled: the treaty's signing, in the densest months. */
export const SAMPLE_EVENT = 'treaty-signed';

/** Every named view, the explorer and the sample event page, planned in `lang`. */
export async function siteTimelines(lang: Lang): Promise<{ timelines: SiteTimeline[]; eras: Era[] }> {
  const { events, eras: eraFacts } = await readSiteContent();
  const planEvents = events.map((e) => toPlanEvent(e.id, e.data, lang));
  const eras = datedEras(eraFacts, events, lang);
  const base = { events: planEvents, eras, lang };
  const inputs: [string, PlanInput][] = [
    ...(Object.keys(VIEWS) as ViewName[]).map((view): [string, PlanInput] => {
      const v: { window?: readonly [string, string]; categories?: readonly string[] } = VIEWS[view];
      return [view, { ...base, window: v.window, categories: v.categories }];
    }),
    ['explorer', { ...base, explorer: true }],
    [`event-${SAMPLE_EVENT}`, { ...base, around: SAMPLE_EVENT }],
  ];
  return { timelines: inputs.map(([name, input]) => ({ name, input, plan: planTimeline(input) })), eras };
}

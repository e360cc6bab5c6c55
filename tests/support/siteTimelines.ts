/**
 * The site's own content, read and validated by the content check (the same file rules as the
 * build) and mapped as the build maps it (src/lib/timeline/fromContent.ts), and every timeline
 * the site draws planned as Timeline.astro plans it: the named views, the explorer, a sample
 * event page and each article's embedded timeline. For the golden drawings and the label
 * coverage test.
 */
import path from 'node:path';
import { checkContent, type CheckedEvent } from '../../src/content-check/checkContent.ts';
import { contentRoot } from '../../src/content-check/contentFiles.ts';
import { readContent } from '../../src/content-check/readContent.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { datedEras, toPlanEvent } from '../../src/lib/timeline/fromContent.ts';
import { planTimeline, type PlanInput, type TimelinePlan } from '../../src/lib/timeline/planTimeline.ts';
import type { Era } from '../../src/lib/timeline/types.ts';
import { VIEWS, type ViewName } from '../../src/lib/timeline/views.ts';

/** Every event (in date order, then id) and the eras, as the content check reads and validates them. */
export async function readSiteContent(root = path.resolve(contentRoot())) {
  const content = checkContent(await readContent(root, path.resolve('.')));
  const events = [...content.events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).map((data) => ({ id: data.id, data }));
  return { events, eras: content.eras, articles: content.articles };
}

export interface SiteTimeline {
  name: string;
  plan: TimelinePlan;
  input: PlanInput;
}

/** The event page sampled: the treaty's signing, in the densest months. */
export const SAMPLE_EVENT = 'treaty-signed';

/** The props of one `<Timeline … />` tag in MDX: `view="…"` and `{[…]}` arrays. */
export function timelineProps(tag: string): { view?: string; window?: [string, string]; categories?: string[]; highlight?: string[] } {
  const view = /\bview="([^"]+)"/.exec(tag)?.[1];
  const array = (name: string) => {
    const m = new RegExp(`\\b${name}=\\{(\\[[^\\]]*\\])\\}`).exec(tag);
    return m ? (JSON.parse(m[1]) as string[]) : undefined;
  };
  return { view, window: array('window') as [string, string] | undefined, categories: array('categories'), highlight: array('highlight') };
}

/** The timelines embedded in the articles of `lang`, by article slug. */
function articleTimelineProps(articles: readonly { lang: string; slug: string; body: string }[], lang: Lang): { file: string; props: ReturnType<typeof timelineProps> }[] {
  return articles
    .filter((a) => a.lang === lang)
    .flatMap((a) => [...a.body.matchAll(/<Timeline\b[^>]*\/>/g)].map(([tag]) => ({ file: a.slug, props: timelineProps(tag) })));
}

/** Every named view, the explorer, the sample event page and every article's embedded timeline, planned in `lang`. */
export async function siteTimelines(lang: Lang): Promise<{ timelines: SiteTimeline[]; eras: Era[]; facts: Map<string, CheckedEvent> }> {
  const { events, eras: eraFacts, articles } = await readSiteContent();
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
    ...articleTimelineProps(articles, lang).map(({ file, props }): [string, PlanInput] => {
      const v: { window?: readonly [string, string]; categories?: readonly string[] } = props.view ? VIEWS[props.view as ViewName] : {};
      return [`article ${file}`, { ...base, window: props.window ?? v.window, categories: props.categories ?? v.categories, highlight: props.highlight }];
    }),
  ];
  return { timelines: inputs.map(([name, input]) => ({ name, input, plan: planTimeline(input) })), eras, facts: new Map(events.map((e) => [e.id, e.data])) };
}

/** Schema for a timeline event: one YAML file in content/events/. */
import { z } from 'astro/zod';
import { countSentences } from '../lib/text/countSentences.ts';
import { isoDate } from './isoDate.ts';
import { oneOf } from './oneOf.ts';
import { sourceSchema } from './source.ts';
import { statusSchema } from './status.ts';
import { historyIssues, statusHistorySchema } from './statusHistory.ts';
import { localized, slug, text } from './text.ts';
import { treatyArticleNumber } from './treatyArticle.ts';

export { STATUSES, type Status } from './status.ts';

/** The closed list of categories, in legend order. */
export const CATEGORIES = ['war', 'diplomacy', 'treaty', 'legislation', 'military', 'space', 'economy'] as const;
export type Category = (typeof CATEGORIES)[number];

export const PRECISIONS = ['day', 'month', 'year'] as const;

/** Longest timeline label, in characters. */
export const LABEL_MAX = 30;

/** A list with no value twice: the second occurrence fails, naming the value. */
function distinct<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, { error: `${what} must be a list` }).superRefine((values, ctx) => {
    values.forEach((value, i) => {
      if (values.indexOf(value) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `${JSON.stringify(value)} is listed twice` });
    });
  });
}

/** A summary: 2 to 4 sentences. */
const summaryText = (lang: 'es' | 'en') =>
  text(`${lang === 'es' ? 'Spanish' : 'English'} translation`).refine(
    (value) => {
      const n = countSentences(value);
      return n >= 2 && n <= 4;
    },
    { error: (issue) => `needs 2 to 4 sentences, has ${countSentences(String(issue.input))}` },
  );

export const eventSchema = z
  .strictObject({
    /** Stable slug; ends the event's URL (`/es/cronologia/<id>/`). Never change a published id. */
    id: slug,
    /** The day it happened (or began): ISO calendar date. */
    date: isoDate,
    /** How exactly `date` is known: shown as "19 June 2024", "June 2024" or "2024". */
    precision: oneOf(PRECISIONS, 'precision'),
    /** Last day of a span (a war, a treaty's years in force); not before `date`. */
    end: isoDate.optional(),
    /** One of CATEGORIES; drives the colour, the legend and the filters. */
    category: oneOf(CATEGORIES, 'category'),
    /**
     * How sure the record is today, one of STATUSES (src/schemas/status.ts): `confirmed` on
     * record from both parties, an official act, vote or treaty text, or the historical record;
     * `official` an act or statement of one state; `claimed` asserted by one side or a third
     * party and not confirmed by the parties. Always shown in words and by shape, never by
     * colour alone. When it changed over time, `history` says how.
     */
    status: statusSchema,
    /** Whose act (official) or whose word (claimed), in each language. Required for both. */
    attribution: localized().optional(),
    /** 3 turning point, 2 notable, 1 context: label priority when space is short. */
    importance: z.union([z.literal(1), z.literal(2), z.literal(3)], {
      error: (issue) => `importance must be 1, 2 or 3, not ${JSON.stringify(issue.input)}`,
    }),
    /** True when the source report covers the event. */
    report: z.boolean({ error: 'report must be true or false' }),
    /** Short headline, in each language. */
    title: localized(),
    /** The few words printed beside the marker on a timeline (30 characters at most), in each language. */
    label: localized((lang) =>
      text(`${lang === 'es' ? 'Spanish' : 'English'} translation`).max(LABEL_MAX, { error: `longer than ${LABEL_MAX} characters` }),
    ),
    /** Two to four sentences, in each language; claims written as claims. */
    summary: localized(summaryText),
    /** Where it happened, in each language, as the editors word it; omitted when nowhere in particular (a treaty lapsing). */
    place: localized().optional(),
    /**
     * The mapped points (ids of content/places.yaml): the first is where it happened, the others
     * places it concerns (Kursk for the troop events). Empty when no mapped point fits.
     */
    places: distinct(slug, 'places').default([]),
    /** Numbers (1–23) of the 2024 treaty's articles the event invokes, tests or is governed by. */
    treatyArticles: distinct(treatyArticleNumber, 'treatyArticles').default([]),
    /**
     * How the status changed, oldest step first (src/schemas/statusHistory.ts); left out when it
     * never changed. The last step's status is the event's `status`; no step comes before `date`.
     */
    history: statusHistorySchema.optional(),
    /** One or more public sources. */
    sources: z.array(sourceSchema, { error: 'sources must be a list' }).min(1, { error: 'needs at least one source' }),
    /** Keys of articles that discuss the event (articles citing it are added automatically). */
    articles: z.array(slug, { error: 'articles must be a list of article keys' }).default([]),
  })
  .superRefine((event, ctx) => {
    if (event.end !== undefined && event.end < event.date) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `ends (${event.end}) before it starts (${event.date})` });
    }
    if (event.status !== 'confirmed' && event.attribution === undefined) {
      ctx.addIssue({ code: 'custom', path: ['attribution'], message: `${event.status === 'official' ? 'an' : 'a'} ${event.status} event must say whose it is (attribution.es, attribution.en)` });
    }
    for (const issue of historyIssues(event)) ctx.addIssue({ code: 'custom', ...issue });
  });

export type EventData = z.output<typeof eventSchema>;

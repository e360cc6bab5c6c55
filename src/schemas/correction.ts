/** Schema for a correction: one entry of the public corrections log (content/corrections.yaml). */
import { z } from 'astro/zod';
import { isoDate } from './isoDate.ts';
import { sourceSchema } from './source.ts';
import { localized, slug } from './text.ts';

export const correctionSchema = z.strictObject({
  /** Stable slug: the entry's anchor on /es/correcciones/ and /en/corrections/. Never change a published id. */
  id: slug,
  /** The day the correction was published: ISO calendar date. */
  date: isoDate,
  /** A short headline: what the correction is about, in each language. */
  title: localized(),
  /** Ids of the events whose published text was wrong (may be empty). */
  events: z.array(slug, { error: 'events must be a list of event ids' }).default([]),
  /** Keys of the articles whose published text was wrong (may be empty). */
  articles: z.array(slug, { error: 'articles must be a list of article keys' }).default([]),
  /** What was published, quoted («…» in Spanish, “…” in English), in each language. */
  published: localized(),
  /** What is right, in each language. */
  correct: localized(),
  /** Why it was wrong: where the error came from, in each language. */
  why: localized(),
  /** The public sources that establish what is right (the event source schema); empty only when the site's own data is the evidence (a stale date). */
  sources: z.array(sourceSchema, { error: 'sources must be a list' }).default([]),
});

export type CorrectionData = z.output<typeof correctionSchema>;

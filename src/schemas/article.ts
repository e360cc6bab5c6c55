/** Schema for an article's frontmatter: content/articles/<lang>/<file>.mdx. */
import { z } from 'astro/zod';
import { isoDate } from './isoDate.ts';
import { slug, text } from './text.ts';

export const articleSchema = z
  .strictObject({
    /** Pairs the two editions: the Spanish and English files share it. */
    key: slug,
    /** Localised URL slug: `/es/articulos/<slug>/`. */
    slug,
    /** Headline. */
    title: text('title'),
    /** One-sentence standfirst under the headline. */
    dek: text('dek'),
    /** Summary for search results and share cards (at most 200 characters). */
    description: text('description').max(200, { error: 'description is over 200 characters' }),
    /** First published, ISO date. */
    published: isoDate,
    /** Last substantive update, ISO date; not before `published`. */
    updated: isoDate,
    /** Position in article lists (1 first). */
    order: z.number({ error: 'order must be a whole number' }).int().min(1),
    /** Ids of the events the article cites (with those named by <EventRef> in the text). */
    events: z.array(slug, { error: 'events must be a list of event ids' }).default([]),
    /** Keys of the articles a reader should go to next. */
    related: z.array(slug, { error: 'related must be a list of article keys' }).default([]),
  })
  .superRefine((article, ctx) => {
    if (article.updated < article.published) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `updated (${article.updated}) is before published (${article.published})` });
    }
  });

export type ArticleData = z.output<typeof articleSchema>;

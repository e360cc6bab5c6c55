/**
 * Schema for the 2024 treaty, article by article: content/treaty.yaml, one document. It holds
 * only what a source supports: the articles whose number a source confirms, the provisions
 * known without a confirmed number, the numbers no source describes, and a comparison with
 * the earlier treaties.
 */
import { z } from 'astro/zod';
import { quotationProblems } from '../lib/text/quotations.ts';
import { isoDate } from './isoDate.ts';
import { sourceSchema } from './source.ts';
import { slug, text } from './text.ts';
import { treatyArticleNumber as articleNumber } from './treatyArticle.ts';

export { TREATY_ARTICLE_COUNT } from './treatyArticle.ts';

/** Text in our own words, in each language, with at most short quotations marked «…» (es) or “…” (en). */
function ownWords() {
  const edition = (lang: 'es' | 'en') =>
    text(`${lang === 'es' ? 'Spanish' : 'English'} translation`).superRefine((value, ctx) => {
      for (const message of quotationProblems(value, lang)) ctx.addIssue({ code: 'custom', message });
    });
  return z.strictObject(
    { es: edition('es'), en: edition('en') },
    { error: (issue) => (issue.input === undefined ? 'missing (needs es and en)' : 'must have an es and an en text') },
  );
}

/** Who names an article's number. */
export const confirmerSchema = z.strictObject({
  /** The publisher or institution, by its proper name: `NHK World`, `Kyunghyang Shinmun`. */
  by: text('publisher'),
  /** The day it published, only when the source table gives it. */
  date: isoDate.optional(),
  /** What exactly (`Lavrov's remarks, January 2025`), in each language. */
  note: ownWords().optional(),
});

/** One article whose number a source confirms. */
export const treatyArticleSchema = z.strictObject({
  /** Its number in the treaty: its anchor on the page is `#articulo-<n>` / `#article-<n>`. */
  number: articleNumber,
  /**
   * What it is about, as it reads in running text after «sobre» / "on": lowercase unless a proper
   * noun (`ayuda militar`, `military assistance`). Headings capitalise its first letter.
   */
  subject: ownWords(),
  /** What it provides, in our own words: a neutral summary, at most a short marked quotation of the KCNA text or TASS. */
  provides: ownWords(),
  /** The publishers that name this article's number (at least one). */
  numberConfirmedBy: z.array(confirmerSchema, { error: 'numberConfirmedBy must be a list' }).min(1, { error: 'needs at least one publisher that confirms the number' }),
  /** Where sources disagree on the number, what each says. */
  numberNote: ownWords().optional(),
  /** Where to read what it provides (at least one; https only). */
  sources: z.array(sourceSchema, { error: 'sources must be a list' }).min(1, { error: 'needs at least one source' }),
});

/** A provision known from the text or a summary, whose article number no source confirms. */
export const treatyProvisionSchema = z.strictObject({
  /** What the treaty provides, as a phrase that follows «El tratado también prevé» / "The treaty also provides for" (lowercase). */
  provides: ownWords(),
  /** Where it is described (at least one). */
  sources: z.array(sourceSchema, { error: 'sources must be a list' }).min(1, { error: 'needs at least one source' }),
});

/** An earlier (or this) treaty, compared on its assistance clause and its term. */
export const treatyComparisonSchema = z.strictObject({
  /** The treaty's name, in each language. */
  name: ownWords(),
  /** The event that records it on the timeline (its signing): its date, its page and its sources are shown. */
  event: slug,
  /** What it said on military assistance. */
  assistance: ownWords(),
  /** How long it ran, or runs. */
  term: ownWords(),
  /** Sources beyond the event's own (the event's are shown first). */
  sources: z.array(sourceSchema, { error: 'sources must be a list' }).default([]),
  /** Articles of the 2024 treaty the row rests on, linked on the page (each one the page describes). */
  articles: z.array(articleNumber, { error: 'articles must be a list of article numbers' }).default([]),
});

export const treatySchema = z.strictObject({
  /** The articles whose number a source confirms, in the treaty's order (numbers unique, ascending). */
  articles: z.array(treatyArticleSchema, { error: 'articles must be a list' }).min(1, { error: 'needs at least one article' }),
  /** Provisions without a confirmed number, in the text's order: never given a number. */
  unnumbered: z.array(treatyProvisionSchema, { error: 'unnumbered must be a list' }).default([]),
  /** Numbers of the articles no source describes: named as such, nothing more. */
  undescribed: z.array(articleNumber, { error: 'undescribed must be a list of article numbers' }).default([]),
  /** The earlier treaties (and this one), oldest first. */
  comparison: z.array(treatyComparisonSchema, { error: 'comparison must be a list' }).default([]),
});

export type TreatyData = z.output<typeof treatySchema>;
export type TreatyArticle = z.output<typeof treatyArticleSchema>;
export type TreatyProvision = z.output<typeof treatyProvisionSchema>;
export type TreatyComparison = z.output<typeof treatyComparisonSchema>;

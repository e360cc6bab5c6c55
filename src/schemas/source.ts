/** Schema for a public source that backs an event. */
import { z } from 'astro/zod';
import { isoDate } from './isoDate.ts';
import { localized, text } from './text.ts';

/** An https URL; anything else (http, a typo, a relative path) fails with the value. */
export const httpsUrl = z
  .string({ error: (issue) => (issue.input === undefined ? 'missing URL' : 'URL must be text') })
  .refine((value) => {
    try {
      const parsed = new URL(value);
      return parsed.protocol === 'https:' && parsed.hostname.includes('.');
    } catch {
      return false;
    }
  }, { error: (issue) => `not an https URL: "${String(issue.input)}"` });

export const sourceSchema = z.strictObject({
  /** Who published it, by its proper name: `TASS`, `NK News`, `Kremlin (President of Russia)`. */
  publisher: text('publisher'),
  /** A plain description of the document in each language (not an invented headline). */
  title: localized(),
  /** Where to read it: https only. */
  url: httpsUrl,
  /** The document's language, ISO 639-1 (`en`, `ru`, `ko`). */
  language: z.string({ error: 'missing language (ISO 639-1, e.g. "en")' }).regex(/^[a-z]{2}$/, {
    error: (issue) => `"${String(issue.input)}" is not an ISO 639-1 language code such as "en"`,
  }),
  /** Publication date, only when known for certain (e.g. the URL shows it). */
  date: isoDate.optional(),
});

export type Source = z.output<typeof sourceSchema>;

/** Schemas for plain text, slugs and text in both languages. */
import { z } from 'astro/zod';

const LANGUAGE_NAMES = { es: 'Spanish', en: 'English' } as const;

/** Non-empty text after trimming. */
export function text(what = 'text') {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `missing ${what}` : `${what} must be text`) })
    .trim()
    .min(1, { error: `empty ${what}` });
}

/** A URL-safe id: lowercase letters, digits and single hyphens (`treaty-signed`). */
export const slug = z
  .string({ error: (issue) => (issue.input === undefined ? 'missing id' : 'must be text') })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (issue) => `"${String(issue.input)}" is not a slug (lowercase letters, digits, hyphens)` });

/** The same text in Spanish and English; a missing or empty edition is a missing translation. */
export function localized(inner?: (lang: keyof typeof LANGUAGE_NAMES) => z.ZodType<string>) {
  const edition = (lang: keyof typeof LANGUAGE_NAMES) =>
    inner ? inner(lang) : text(`${LANGUAGE_NAMES[lang]} translation`);
  return z.strictObject(
    { es: edition('es'), en: edition('en') },
    { error: (issue) => (issue.input === undefined ? 'missing (needs es and en)' : 'must have an es and an en text') },
  );
}

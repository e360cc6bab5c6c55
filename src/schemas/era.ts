/** Schema for an era: a period drawn as a band on the timelines (content/eras.yaml). */
import { z } from 'astro/zod';
import { localized, slug } from './text.ts';

export const eraSchema = z.strictObject({
  /** Stable slug. */
  id: slug,
  /** The event that opens the era (its start date is the era's). */
  from: slug,
  /** The event that closes it; left out while it goes on (it then runs to the latest event). */
  to: slug.optional(),
  /** Name printed in the band, in each language. */
  label: localized(),
});

export type EraData = z.output<typeof eraSchema>;

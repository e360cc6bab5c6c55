/**
 * The site's content collections. Schemas, with every field documented, live in src/schemas/
 * so the content check (src/content-check/) and the unit tests can use them outside Astro; which
 * files are content is said once, in src/content-check/contentFiles.ts, for the collections and
 * the check alike (a `_draft.yaml` is neither checked nor published).
 *
 * - events: content/events/<date>-<id>.yaml, one timeline event each (src/schemas/event.ts).
 * - articles: content/articles/<lang>/<file>.mdx, one edition each (src/schemas/article.ts).
 * - eras: content/eras.yaml, the periods drawn as bands on the timelines (src/schemas/era.ts).
 * - places: content/places.yaml, the places on the maps, with their coordinates' sources (src/schemas/place.ts).
 * - corrections: content/corrections.yaml, the public corrections log (src/schemas/correction.ts).
 *
 * Cross-references (ids, editions, cited events) are checked before the build by the
 * content-guard integration, which fails the build naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTION_FILE, COLLECTION_FILES, contentRoot } from './content-check/contentFiles.ts';
import { articleSchema } from './schemas/article.ts';
import { correctionSchema } from './schemas/correction.ts';
import { eraSchema } from './schemas/era.ts';
import { eventSchema } from './schemas/event.ts';
import { placeSchema } from './schemas/place.ts';

const root = contentRoot();
const globOf = (collection: keyof typeof COLLECTION_FILES) => ({
  base: `${root}/${COLLECTION_FILES[collection].base}`,
  pattern: [...COLLECTION_FILES[collection].pattern],
});

const events = defineCollection({
  loader: glob({ ...globOf('events'), generateId: ({ data }) => String(data.id) }),
  schema: eventSchema,
});

const articles = defineCollection({
  // The id is `<lang>/<file name>`, so editions may share a file name.
  loader: glob({ ...globOf('articles'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: articleSchema,
});

const eras = defineCollection({
  loader: file(`${root}/${COLLECTION_FILE.eras}`),
  schema: eraSchema,
});

const corrections = defineCollection({
  loader: file(`${root}/${COLLECTION_FILE.corrections}`),
  schema: correctionSchema,
});

const places = defineCollection({
  loader: file(`${root}/${COLLECTION_FILE.places}`),
  schema: placeSchema,
});

export const collections = { events, articles, eras, corrections, places };

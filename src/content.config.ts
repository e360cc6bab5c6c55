/**
 * The site's content collections. Schemas, with every field documented, live in src/schemas/
 * so the content check (src/content-check/) and the unit tests can use them outside Astro.
 *
 * - events: content/events/<date>-<id>.yaml, one timeline event each (src/schemas/event.ts).
 * - articles: content/articles/<lang>/<file>.mdx, one edition each (src/schemas/article.ts).
 * - eras: content/eras.yaml, the periods drawn as bands on the timelines (src/schemas/era.ts).
 *
 * Cross-references (ids, editions, cited events) are checked before the build by the
 * content-guard integration, which fails the build naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { eraSchema } from './schemas/era.ts';
import { eventSchema } from './schemas/event.ts';

const root = process.env.CONTENT_DIR ?? 'content';

const events = defineCollection({
  loader: glob({ base: `${root}/events`, pattern: '*.{yaml,yml}', generateId: ({ data }) => String(data.id) }),
  schema: eventSchema,
});

const articles = defineCollection({
  // The id is `<lang>/<file name>`, so editions may share a file name.
  loader: glob({ base: `${root}/articles`, pattern: '*/*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: articleSchema,
});

const eras = defineCollection({
  loader: file(`${root}/eras.yaml`),
  schema: eraSchema,
});

export const collections = { events, articles, eras };

/**
 * The content folder's file rules: which files are content, in one place. The collections
 * (src/content.config.ts), the content check, the article checks and the tests all list files
 * through here, with the same patterns and the same glob library Astro's loader uses, so what
 * the check reads and what the build publishes can never disagree.
 *
 * - `content/events/*.yaml` (or `.yml`): one event each.
 * - `content/articles/<lang>/*.mdx`: one edition each.
 * - `content/eras.yaml`: the eras.
 * - `content/places.yaml`: the places on the maps.
 * - `content/corrections.yaml`: the public corrections log.
 * - A name starting with `_` is a draft or a note, `.` a hidden file, `README.md` the folder's
 *   guide: none of them is content, none is published, none is checked.
 */
import path from 'node:path';
import { glob } from 'tinyglobby';

/** The content folder, relative to the project: `content`, or CONTENT_DIR (test fixtures, load tests). */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR ?? 'content';
}

/** What each collection reads: a folder below the content root, and glob patterns in it (Astro's `glob()` loader takes them as they are). */
export const COLLECTION_FILES = {
  events: { base: 'events', pattern: ['*.{yaml,yml}', '!_*'] },
  articles: { base: 'articles', pattern: ['*/*.mdx', '!_*/**', '!*/_*'] },
} as const satisfies Record<string, { base: string; pattern: readonly string[] }>;

/** Single-file collections, below the content root. */
export const COLLECTION_FILE = {
  eras: 'eras.yaml',
  places: 'places.yaml',
  corrections: 'corrections.yaml',
} as const;

/** Files an editor may keep beside content without them being content. */
export function isEditorFile(name: string): boolean {
  return name === 'README.md' || name.startsWith('_') || name.startsWith('.');
}

/** The content files of a collection, as paths relative to its folder, sorted: exactly what Astro's loader reads. */
export async function collectionFiles(rootDir: string, collection: keyof typeof COLLECTION_FILES): Promise<string[]> {
  const { base, pattern } = COLLECTION_FILES[collection];
  const cwd = path.join(rootDir, base);
  const positive = pattern.filter((p) => !p.startsWith('!'));
  const ignore = pattern.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return (await glob(positive, { cwd, ignore, expandDirectories: false })).sort();
}

/** Files in a collection's folder that are neither content nor an editor's file: a misnamed event, an article outside a language folder. */
export async function strayFiles(rootDir: string, collection: keyof typeof COLLECTION_FILES): Promise<string[]> {
  const cwd = path.join(rootDir, COLLECTION_FILES[collection].base);
  const content = new Set(await collectionFiles(rootDir, collection));
  const all = await glob(['**/*'], { cwd, expandDirectories: false });
  return all.filter((file) => !content.has(file) && !file.split('/').some(isEditorFile)).sort();
}

/** The content folder: `content/`, or the folder named by CONTENT_DIR (used by test fixtures). */
import path from 'node:path';

export function contentDir(projectRoot: string, env: Record<string, string | undefined> = process.env): string {
  return path.resolve(projectRoot, env.CONTENT_DIR ?? 'content');
}

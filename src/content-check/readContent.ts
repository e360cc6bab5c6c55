/** Reads the content folder from disk for the content check: YAML events and MDX frontmatter. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { ContentFile, ContentInput } from './checkContent.ts';
import type { Problem } from './problem.ts';
import { mdxBody } from '../lib/article/mdxText.ts';

/** Files an editor may keep beside content without it being content. */
const IGNORED = (name: string) => name === 'README.md' || name.startsWith('_') || name.startsWith('.');

function parseYaml(file: string, source: string, problems: Problem[]): unknown {
  try {
    // The core schema keeps unquoted dates as strings, so "2024-02-30" is caught, not rolled over.
    return parse(source, { schema: 'core', uniqueKeys: true });
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    problems.push({ file, field: '(yaml)', message: `cannot be read as YAML${line}: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

/** The YAML between the opening `---` lines of an MDX file. */
export function frontmatter(source: string): string | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  return m?.[1];
}

async function list(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}

/** Reads `<contentDir>/events/*.yaml`, `<contentDir>/articles/<lang>/*.mdx` and `<contentDir>/eras.yaml`. */
export async function readContent(contentDir: string, projectRoot: string): Promise<ContentInput> {
  const readProblems: Problem[] = [];
  const rel = (p: string) => path.relative(projectRoot, p).split(path.sep).join('/');

  const events: ContentFile[] = [];
  const eventDir = path.join(contentDir, 'events');
  for (const name of await list(eventDir)) {
    if (IGNORED(name)) continue;
    const full = path.join(eventDir, name);
    if (!/\.ya?ml$/.test(name)) {
      readProblems.push({ file: rel(full), field: '(file)', message: 'not an event file: events are .yaml files' });
      continue;
    }
    const data = parseYaml(rel(full), await readFile(full, 'utf8'), readProblems);
    if (data !== undefined) events.push({ file: rel(full), data });
  }

  const articles: ContentFile[] = [];
  const articleDir = path.join(contentDir, 'articles');
  for (const folder of await list(articleDir)) {
    if (IGNORED(folder)) continue;
    const langDir = path.join(articleDir, folder);
    if (!(await stat(langDir)).isDirectory()) {
      readProblems.push({ file: rel(langDir), field: '(file)', message: 'articles live in a language folder: content/articles/<lang>/' });
      continue;
    }
    for (const name of await list(langDir)) {
      if (IGNORED(name)) continue;
      const full = path.join(langDir, name);
      if (!name.endsWith('.mdx')) {
        readProblems.push({ file: rel(full), field: '(file)', message: 'not an article: articles are .mdx files' });
        continue;
      }
      const source = await readFile(full, 'utf8');
      const yaml = frontmatter(source);
      if (yaml === undefined) {
        readProblems.push({ file: rel(full), field: '(frontmatter)', message: 'missing frontmatter (--- … ---) at the top' });
        continue;
      }
      const data = parseYaml(rel(full), yaml, readProblems);
      if (data !== undefined) articles.push({ file: rel(full), data, body: mdxBody(source) });
    }
  }
  let eras: ContentFile | undefined;
  const eraFile = path.join(contentDir, 'eras.yaml');
  const eraSource = await readFile(eraFile, 'utf8').catch(() => undefined);
  if (eraSource !== undefined) {
    const data = parseYaml(rel(eraFile), eraSource, readProblems);
    if (data !== undefined) eras = { file: rel(eraFile), data };
  }
  return { events, articles, eras, readProblems };
}

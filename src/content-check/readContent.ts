/** Reads the content folder from disk for the content check, through the same file rules as the collections (contentFiles.ts). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { splitFrontmatter } from '../lib/article/frontmatter.ts';
import { UNREADABLE, type ContentFile, type ContentInput } from './contentTypes.ts';
import { COLLECTION_FILE, COLLECTION_FILES, collectionFiles, strayFiles } from './contentFiles.ts';
import type { Problem } from './problem.ts';

/**
 * Parses YAML as the collections do. A syntax error becomes one problem with its line and the
 * offending text: `(yaml) line 3: cannot be read as YAML: Nested mappings are not allowed in
 * compact mappings (column 7): "title: a: b"`. `lineOffset` shifts lines (frontmatter starts on line 2).
 */
export function parseYaml(file: string, source: string, problems: Problem[], lineOffset = 0): unknown {
  try {
    // The core schema keeps unquoted dates as strings, so "2024-02-30" is caught, not rolled over.
    return parse(source, { schema: 'core', uniqueKeys: true });
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const pos = error.linePos?.[0];
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const text = pos ? source.split(/\r?\n/)[pos.line - 1]?.trim() : undefined;
    problems.push({
      file,
      field: '(yaml)',
      line: pos ? pos.line + lineOffset : undefined,
      message: `cannot be read as YAML: ${reason}${pos ? ` (column ${pos.col})` : ''}${text ? `: "${text}"` : ''}`,
    });
    return undefined;
  }
}

/** Reads `<root>/events/*.yaml`, `<root>/articles/<lang>/*.mdx`, `<root>/eras.yaml`, `<root>/corrections.yaml`, `<root>/places.yaml` and `<root>/treaty.yaml`; `root` is absolute, paths in problems relative to `projectRoot`. */
export async function readContent(root: string, projectRoot: string): Promise<ContentInput> {
  const readProblems: Problem[] = [];
  const rel = (p: string) => path.relative(projectRoot, p).split(path.sep).join('/');

  const events: ContentFile[] = [];
  const eventDir = path.join(root, COLLECTION_FILES.events.base);
  for (const name of await collectionFiles(root, 'events')) {
    const full = path.join(eventDir, name);
    const data = parseYaml(rel(full), await readFile(full, 'utf8'), readProblems);
    // Unreadable, it still exists: the check then blames it, not what cites it.
    events.push({ file: rel(full), data: data ?? UNREADABLE });
  }
  for (const name of await strayFiles(root, 'events')) {
    readProblems.push({ file: rel(path.join(eventDir, name)), field: '(file)', message: 'not an event file: events are .yaml files directly in content/events/ (start the name with _ to keep a draft)' });
  }

  const articles: ContentFile[] = [];
  const articleDir = path.join(root, COLLECTION_FILES.articles.base);
  for (const name of await collectionFiles(root, 'articles')) {
    const full = path.join(articleDir, name);
    const { yaml, body, bodyLine } = splitFrontmatter(await readFile(full, 'utf8'));
    if (yaml === undefined) {
      readProblems.push({ file: rel(full), field: '(frontmatter)', line: 1, message: 'missing frontmatter (--- … ---) at the top' });
      continue;
    }
    const data = parseYaml(rel(full), yaml, readProblems, 1);
    if (data !== undefined) articles.push({ file: rel(full), data, body, bodyLine });
  }
  for (const name of await strayFiles(root, 'articles')) {
    readProblems.push({ file: rel(path.join(articleDir, name)), field: '(file)', message: 'not an article: articles are .mdx files in content/articles/<lang>/ (start the name with _ to keep a draft)' });
  }

  const single = async (name: keyof typeof COLLECTION_FILE): Promise<ContentFile | undefined> => {
    const full = path.join(root, COLLECTION_FILE[name]);
    const source = await readFile(full, 'utf8').catch(() => undefined);
    if (source === undefined) return undefined;
    const data = parseYaml(rel(full), source, readProblems);
    return data === undefined ? undefined : { file: rel(full), data };
  };
  const eras = await single('eras');
  const corrections = await single('corrections');
  const places = await single('places');

  // The treaty file is required; missing or unreadable, it is checked as unreadable, so what cites its articles waits for it.
  const treatyFile = rel(path.join(root, COLLECTION_FILE.treaty));
  const treatySource = await readFile(path.join(root, COLLECTION_FILE.treaty), 'utf8').catch(() => undefined);
  if (treatySource === undefined) readProblems.push({ file: treatyFile, field: '(file)', message: 'missing: the treaty page is built from it (schema: src/schemas/treaty.ts)' });
  const treatyData = treatySource === undefined ? undefined : parseYaml(treatyFile, treatySource, readProblems);
  const treaty: ContentFile = { file: treatyFile, data: treatyData === undefined ? UNREADABLE : treatyData };
  return { events, articles, eras, corrections, places, treaty, readProblems };
}

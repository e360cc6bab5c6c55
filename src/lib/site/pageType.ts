/**
 * The template a built page comes from, from its path below the base (`es/articulos/x/` →
 * `article`): derived from the routes' sections, so a new section is a new page type without a
 * second list to keep in step. Budgets and test samples group pages by it.
 */
import { LANGUAGES, type Lang } from '../../i18n/languages.ts';
import { SECTIONS } from './routes.ts';

type Section = keyof typeof SECTIONS;

/** The names of the templates whose pages are not `<section>` or `<section>-item`. */
const NAMES: Partial<Record<Section, { index?: string; item?: string }>> = {
  timeline: { index: 'explorer', item: 'event' },
  articles: { item: 'article' },
  embed: { item: 'embed' },
};

/** `home`, `explorer`, `event`, `article`, `method`, `search`, …; `root` and `404` for the two pages outside the editions; undefined for anything else. */
export function pageType(path: string): string | undefined {
  if (path === '') return 'root';
  if (path === '404.html') return '404';
  const m = /^([a-z]{2})\/(?:([^/]+)\/(?:([^/]+)\/)?)?$/.exec(path);
  if (!m || !(LANGUAGES as readonly string[]).includes(m[1])) return undefined;
  const [, lang, first, second] = m as unknown as [string, Lang, string | undefined, string | undefined];
  if (first === undefined) return 'home';
  const section = (Object.keys(SECTIONS) as Section[]).find((s) => SECTIONS[s][lang] === first);
  if (!section) return undefined;
  const names = NAMES[section];
  return second === undefined ? (names?.index ?? section) : (names?.item ?? `${section}-item`);
}

/** Every built page grouped by template, in path order. */
export function groupByType(paths: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const type = pageType(path);
    if (type === undefined) continue;
    groups.set(type, [...(groups.get(type) ?? []), path]);
  }
  return groups;
}

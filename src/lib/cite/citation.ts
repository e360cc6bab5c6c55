/**
 * A ready citation in Chicago author-date style (18th edition), in each language: author,
 * year, title, site, dates, URL. Chicago because it has a place for a web page's last
 * modification besides its publication (APA has none) and keeps titles as published. Dates are
 * written as the site writes them (`19 June 2024`, `19 de junio de 2024`), which Chicago
 * accepts when used throughout. Pure.
 *
 * - Article: `Moscow–Pyongyang. 2026. “Title.” Moscow–Pyongyang, 27 November 2026. Last modified 1 December 2026. https://….`
 * - Event page (no publication date of its own): `Moscow–Pyongyang. 2026. “Title.” Moscow–Pyongyang. Version of 1 December 2026. https://….`
 * - Dataset: `Moscow–Pyongyang. 2026. “Name.” Dataset. Moscow–Pyongyang. Version of 1 December 2026. CC BY 4.0. https://….`
 */
import { formatDate } from '../../i18n/formatDate.ts';
import type { Lang } from '../../i18n/languages.ts';

export interface CitationInput {
  /** Who wrote it: the desk, by the site's name. */
  author: string;
  title: string;
  /** The website, by its name. */
  site: string;
  /** What is cited: a dataset says so after its title. */
  kind: 'page' | 'dataset';
  /** First published, ISO date, when known. */
  published?: string;
  /** Last modified, ISO date, when known and later than `published`. */
  updated?: string;
  /** The dated version cited, ISO date: an article's last update, the data's version. */
  version: string;
  /** The licence's short name, for a dataset. */
  license?: string;
  url: string;
}

const WORDS = {
  es: { modified: 'Última modificación:', version: 'Versión del', dataset: 'Conjunto de datos' },
  en: { modified: 'Last modified', version: 'Version of', dataset: 'Dataset' },
} as const;

/** The title in quotation marks: Chicago's “Title.” (the full stop inside, unless it ends in ? or !), «Título». in Spanish. */
function quoted(title: string, lang: Lang): string {
  if (lang === 'es') return `«${title}».`;
  return /[?!]$/.test(title) ? `“${title}”` : `“${title}.”`;
}

/** Ends a part with a full stop, unless it already ends with one. */
const sentence = (part: string) => (/[.?!]$/.test(part) ? part : `${part}.`);

export function citation(input: CitationInput, lang: Lang): string {
  const w = WORDS[lang];
  const date = (iso: string) => formatDate(iso, 'day', lang);
  const year = (input.published ?? input.version).slice(0, 4);
  const parts = [sentence(input.author), `${year}.`, quoted(input.title, lang)];
  if (input.kind === 'dataset') parts.push(`${w.dataset}.`);
  parts.push(input.published ? `${input.site}, ${date(input.published)}.` : sentence(input.site));
  if (input.published && input.updated && input.updated > input.published) parts.push(`${w.modified} ${date(input.updated)}.`);
  if (!input.published || input.kind === 'dataset') parts.push(`${w.version} ${date(input.version)}.`);
  if (input.license) parts.push(sentence(input.license));
  parts.push(sentence(input.url));
  return parts.join(' ');
}

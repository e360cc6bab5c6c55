/**
 * The timeline's count in words: «12 en la vista · 55 en total», with the filters («… · 9 de 55
 * con los filtros») or on the "what was known on" date («… · 30 conocidos el 9 nov 2024»). Pure:
 * the element says it politely once the view settles. Shared by the server and the browser.
 */
import { formatShortDate } from '../../i18n/formatDate.ts';
import type { Lang } from '../../i18n/languages.ts';
import type { TimelineWords } from './dataContract.ts';

export interface CountInput {
  /** Events in the view (after the filters and the date). */
  inView: number;
  /** Events passing the filters and the date. */
  shown: number;
  /** Every event of the timeline. */
  total: number;
  /** Whether a category, place or text filter is on. */
  filtered: boolean;
  /** The "what was known on" date, if one is chosen. */
  asOf?: string;
  lang: Lang;
}

export function countText(words: Pick<TimelineWords, 'count' | 'countFiltered' | 'countAsOf'>, input: CountInput): string {
  const text = input.asOf
    ? words.countAsOf.replace('{date}', formatShortDate(input.asOf, 'day', input.lang)).replace('{total}', String(input.shown))
    : input.filtered
      ? words.countFiltered.replace('{shown}', String(input.shown)).replace('{total}', String(input.total))
      : words.count.replace('{total}', String(input.total));
  return text.replace('{n}', String(input.inView));
}

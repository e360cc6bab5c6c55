/** Calendar dates in words, per language and precision. Shared by the server and the browser. */
import { parseIsoDate } from '../lib/dates/calendarDate.ts';
import type { Lang } from './languages.ts';

export type Precision = 'day' | 'month' | 'year';

const MONTHS: Record<Lang, readonly string[]> = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const SHORT_MONTHS: Record<Lang, readonly string[]> = {
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** The month's name (`junio`, `June`), 1-based month; `short` gives `jun`, `Jun`. */
export function monthName(month: number, lang: Lang, short = false): string {
  return (short ? SHORT_MONTHS : MONTHS)[lang][month - 1];
}

/**
 * `19 de junio de 2024` / `19 June 2024` at day precision, `junio de 2024` / `June 2024` at
 * month precision, `2024` at year precision; without the year, `19 de junio` / `19 June`.
 */
export function formatDate(iso: string, precision: Precision, lang: Lang, withYear = true): string {
  const { year, month, day } = parseIsoDate(iso);
  const name = monthName(month, lang);
  if (precision === 'year') return String(year);
  if (!withYear) return precision === 'month' ? name : lang === 'es' ? `${day} de ${name}` : `${day} ${name}`;
  if (lang === 'es') return precision === 'month' ? `${name} de ${year}` : `${day} de ${name} de ${year}`;
  return precision === 'month' ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** A span such as `25 de junio de 1950 – 27 de julio de 1953`; the start alone when no end. */
export function formatSpan(start: string, end: string | undefined, precision: Precision, lang: Lang): string {
  const from = formatDate(start, precision, lang);
  return end && end !== start ? `${from} – ${formatDate(end, precision, lang)}` : from;
}

/** The short form for timeline labels: `19 jun 2024` / `19 Jun 2024`, `jun 2024`, `2024`. */
export function formatShortDate(iso: string, precision: Precision, lang: Lang): string {
  const { year, month, day } = parseIsoDate(iso);
  if (precision === 'year') return String(year);
  const name = monthName(month, lang, true);
  return precision === 'month' ? `${name} ${year}` : `${day} ${name} ${year}`;
}

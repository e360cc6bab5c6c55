/**
 * A stretch of time in words, for clusters and the overview: short (`oct–dic 2024`,
 * `dic 2024–feb 2025`, `2022–2026`) for labels, long (`octubre–diciembre de 2024`) for
 * accessible names. UTC calendar months; no locale, no clock. Shared by the server and the browser.
 */
import { monthName } from '../../i18n/formatDate.ts';
import type { Lang } from '../../i18n/languages.ts';

/** Stretches longer than this many months are said in years. */
const MONTHS_AS_YEARS = 24;

function parts(t: number): { year: number; month: number; day: number } {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `oct–dic 2024`, `nov 2024`, `dic 2024–feb 2025`, `2022–2026`: from `t0` to `t1` (UTC ms). */
export function shortRange(t0: number, t1: number, lang: Lang): string {
  const a = parts(t0);
  const b = parts(t1);
  const months = (b.year - a.year) * 12 + b.month - a.month;
  if (months > MONTHS_AS_YEARS) return `${a.year}–${b.year}`;
  const m = (p: { month: number }) => monthName(p.month, lang, true);
  if (a.year !== b.year) return `${m(a)} ${a.year}–${m(b)} ${b.year}`;
  if (a.month !== b.month) return `${m(a)}–${m(b)} ${a.year}`;
  return `${m(a)} ${a.year}`;
}

/** `octubre–diciembre de 2024` / `October–December 2024`; across years `de diciembre de 2024 a febrero de 2025`; in years `2022–2026`. */
export function longRange(t0: number, t1: number, lang: Lang): string {
  const a = parts(t0);
  const b = parts(t1);
  const months = (b.year - a.year) * 12 + b.month - a.month;
  if (months > MONTHS_AS_YEARS) return `${a.year}–${b.year}`;
  const m = (p: { month: number }) => monthName(p.month, lang);
  const of = lang === 'es' ? ' de ' : ' ';
  if (a.year !== b.year) {
    return lang === 'es' ? `de ${m(a)} de ${a.year} a ${m(b)} de ${b.year}` : `${m(a)} ${a.year} to ${m(b)} ${b.year}`;
  }
  if (a.month !== b.month) return `${m(a)}–${m(b)}${of}${a.year}`;
  return `${m(a)}${of}${a.year}`;
}

/** `febrero de 2022` / `February 2022`. */
export function monthYear(t: number, lang: Lang): string {
  const { year, month } = parts(t);
  return lang === 'es' ? `${monthName(month, lang)} de ${year}` : `${monthName(month, lang)} ${year}`;
}

/** A window in words from a `{from}`/`{to}` template: `de febrero de 2022 a marzo de 2026`. */
export function windowText(window: readonly [number, number], lang: Lang, template: string): string {
  return template.replace('{from}', monthYear(window[0], lang)).replace('{to}', monthYear(window[1], lang));
}

/** A cluster's accessible name from a `{n}`/`{range}` template: «5 hechos, octubre–diciembre de 2024». */
export function clusterName(words: { clusterName: string }, cluster: { members: readonly string[]; start: number; end: number }, lang: Lang): string {
  return words.clusterName.replace('{n}', String(cluster.members.length)).replace('{range}', longRange(cluster.start, cluster.end, lang));
}

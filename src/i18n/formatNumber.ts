/**
 * Whole numbers as each edition writes them, without the runtime's locale: Spanish groups
 * thousands with a non-breaking space from five digits on (6700, 10 900), English with a
 * comma (6,700, 10,900).
 */
import type { Lang } from './languages.ts';

export function formatNumber(n: number, lang: Lang): string {
  const digits = String(Math.round(Math.abs(n)));
  const sign = n < 0 ? '−' : '';
  if (lang === 'es' && digits.length <= 4) return sign + digits;
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return sign + groups.join(lang === 'es' ? '\u00a0' : ',');
}

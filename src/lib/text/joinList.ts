/** Joins items as a sentence does: `17, 19 y 21` in Spanish, `17, 19 and 21` in English (no serial comma). */
import type { Lang } from '../../i18n/languages.ts';

const AND: Record<Lang, string> = { es: 'y', en: 'and' };

export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items.at(-1)}`;
}

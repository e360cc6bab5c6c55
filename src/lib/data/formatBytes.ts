/** A file size in words for a download link: `812 bytes`, `3.1 kB`, `212 kB`, `1.4 MB` (decimal units; a decimal comma in Spanish). */
import type { Lang } from '../../i18n/languages.ts';

export function formatBytes(bytes: number, lang: Lang): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`formatBytes: ${bytes} is not a size in bytes`);
  if (bytes < 1000) return `${bytes}\u00a0bytes`;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB'];
  const text = value < 10 ? value.toFixed(1) : String(Math.round(value));
  return `${lang === 'es' ? text.replace('.', ',') : text}\u00a0${unit}`;
}

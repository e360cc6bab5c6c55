/** The UI strings of every language (one file a language in strings/), and helpers over them. */
import type { Category, Status } from '../schemas/event.ts';
import type { Lang } from './languages.ts';
import { en } from './strings/en.ts';
import { es, type UiKey } from './strings/es.ts';

export type { UiKey };

export const UI: Record<Lang, Record<UiKey, string>> = { es, en };

/** Every category and status has its labels: a missing key fails `astro check`. */
type LabelKeys = `category.${Category}` | `status.${Status}` | `status.${Status}.explain`;
type MissingLabels = Exclude<LabelKeys, UiKey>;
export const LABELS_COMPLETE: [MissingLabels] extends [never] ? true : MissingLabels = true;

/** A document language's name (`ru` → `ruso` / `Russian`); the code itself when we have no name. */
export function languageName(code: string, lang: Lang): string {
  const key = `language.${code}`;
  return key in UI[lang] ? UI[lang][key as UiKey] : code;
}

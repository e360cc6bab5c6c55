/** Looks up a UI string: `t('es', 'nav.timeline')`, with `{name}` placeholders filled from `vars`. */
import type { Lang } from './languages.ts';
import { UI, type UiKey } from './ui.ts';

export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = UI[lang][key];
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (!(name in vars)) throw new Error(`t(${lang}, ${key}): no value for {${name}}`);
    return String(vars[name]);
  });
}

/** A translator bound to one language: `const tr = translator('en'); tr('nav.home')`. */
export function translator(lang: Lang) {
  return (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars);
}

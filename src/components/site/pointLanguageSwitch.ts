/**
 * Points the header's language switch at what the reader is looking at, so the other edition
 * opens on it: the open event (`hash`), the current search (`q`), the timeline’s date (`asof`). Browser only.
 */
import { switchHref } from '../../lib/site/switchHref.ts';

export function pointLanguageSwitch(change: Parameters<typeof switchHref>[1]): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
  const href = link?.getAttribute('href');
  if (link && href) link.setAttribute('href', switchHref(href, change));
}

/** The `<Timeline>` tags of an MDX body, with what picks their events: `view`, `window`, `categories` (for the embed each can be offered as). Pure. */
import type { TimelineChoice } from '../embed/embedView.ts';

/** Each `<Timeline … />` in a body, in order, with its `view="…"`, `window={[…]}` and `categories={[…]}`. */
export function timelineChoices(body: string): TimelineChoice[] {
  return [...body.matchAll(/<Timeline\b([^>]*?)\/?>/g)].map(([, attrs]) => {
    const choice: TimelineChoice = {};
    const view = /\bview=["']([^"']+)["']/.exec(attrs)?.[1];
    if (view) choice.view = view;
    const list = (name: string) => {
      const raw = new RegExp(`\\b${name}=\\{(\\[[^\\]]*\\])\\}`).exec(attrs)?.[1];
      return raw ? (JSON.parse(raw) as string[]) : undefined;
    };
    const window = list('window');
    if (window?.length === 2) choice.window = [window[0], window[1]];
    const categories = list('categories');
    if (categories) choice.categories = categories;
    return choice;
  });
}

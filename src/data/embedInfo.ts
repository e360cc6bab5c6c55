/** What an embed is called, where its full page is, and its oEmbed document, in one language. */
import { t } from '../i18n/t.ts';
import type { Lang } from '../i18n/languages.ts';
import { EMBED_HEIGHT, oembedDocument } from '../lib/embed/embedSnippet.ts';
import { routePath, shareImagePath, type Route } from '../lib/site/routes.ts';
import { absoluteUrl } from '../lib/site/url.ts';
import type { EmbedTarget } from './embedTargets.ts';

export interface EmbedInfo {
  title: string;
  description: string;
  /** The full page: the explorer for a view, the event's page for an event. */
  full: Route;
  height: number;
}

export function embedInfo(target: EmbedTarget, lang: Lang): EmbedInfo {
  if (target.kind === 'view') {
    const title = t(lang, `view.${target.id}`);
    return { title, description: t(lang, 'embed.viewDescription', { title }), full: { kind: 'timeline' }, height: EMBED_HEIGHT.view };
  }
  const { data } = target.entry;
  return { title: data.title[lang], description: data.summary[lang], full: { kind: 'event', id: target.id }, height: EMBED_HEIGHT.event };
}

/** The static oEmbed response of an embed (/<lang>/embed/<id>/oembed.json). */
export function oembedJson(target: EmbedTarget, lang: Lang, site: URL | undefined): string {
  const info = embedInfo(target, lang);
  const doc = oembedDocument({
    src: absoluteUrl(routePath({ kind: 'embed', id: target.id }, lang), site),
    title: info.title,
    height: info.height,
    providerName: t(lang, 'site.name'),
    providerUrl: absoluteUrl(routePath({ kind: 'home' }, lang), site),
    thumbnail: absoluteUrl(shareImagePath(info.full, lang), site),
  });
  return `${JSON.stringify(doc, null, 2)}\n`;
}

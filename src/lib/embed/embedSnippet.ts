/** What another site pastes to embed a view or an event: the iframe, the optional resizing script, and the oEmbed document. Pure. */

/** Default heights, CSS pixels: room for a timeline (drawing, key, folded list) and for an event card; without /embed.js the iframe keeps it and scrolls. */
export const EMBED_HEIGHT = { view: 600, event: 520 } as const;
/** Width given to oEmbed consumers; the iframe itself takes its column's width. */
export const EMBED_WIDTH = 680;

/** Escapes text for a double-quoted HTML attribute. */
export function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface IframeInput {
  /** The embed's absolute URL. */
  src: string;
  /** The iframe's accessible name. */
  title: string;
  height: number;
}

/** The iframe: full column width, the default height, no border, marked for /embed.js (`data-mp-embed`). */
export function iframeHtml(input: IframeInput): string {
  return `<iframe src="${attr(input.src)}" title="${attr(input.title)}" width="${EMBED_WIDTH}" height="${input.height}" style="width:100%;border:0" loading="lazy" data-mp-embed></iframe>`;
}

/** The code to paste: the iframe, then the script that resizes it to its content (optional). */
export function embedCode(input: IframeInput & { script: string }): string {
  return `${iframeHtml(input)}\n<script src="${attr(input.script)}" async></script>`;
}

export interface OembedInput extends IframeInput {
  providerName: string;
  /** The provider's home page. */
  providerUrl: string;
  /** A share image, 1200 × 630. */
  thumbnail?: string;
}

/** A static oEmbed 1.0 response of type `rich` (https://oembed.com/, section 2.3.4). */
export function oembedDocument(input: OembedInput): Record<string, string | number> {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    author_name: input.providerName,
    author_url: input.providerUrl,
    html: iframeHtml(input),
    width: EMBED_WIDTH,
    height: input.height,
    ...(input.thumbnail ? { thumbnail_url: input.thumbnail, thumbnail_width: 1200, thumbnail_height: 630 } : {}),
  };
}

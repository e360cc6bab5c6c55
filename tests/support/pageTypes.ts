/** The site's page types, as patterns over a page's path below the base (`es/articulos/x/`). */
export const PAGE_TYPES: Record<'home' | 'article' | 'explorer' | 'event' | 'method' | 'search' | 'data', RegExp> = {
  home: /^(es|en)\/$/,
  article: /^(es\/articulos|en\/articles)\/[^/]+\/$/,
  explorer: /^(es\/cronologia|en\/timeline)\/$/,
  event: /^(es\/cronologia|en\/timeline)\/[^/]+\/$/,
  method: /^(es\/fuentes-y-metodo|en\/sources-and-method)\/$/,
  search: /^(es\/buscar|en\/search)\/$/,
  data: /^(es\/datos|en\/data)\/$/,
};

/** Embed pages (`es/embed/<view-or-event-id>/`): frames for other sites' iframes, with no header, no share card, not indexed. */
export const EMBED_PAGE = /^(es|en)\/embed\/[^/]+\/$/;

/** The embeds the sweeping checks (every page) look at: one view and one event per language; tests/e2e/embed.spec.ts covers the template. */
export const EMBED_SAMPLES = ['es/embed/ratification/', 'en/embed/ratification/', 'es/embed/treaty-signed/', 'en/embed/treaty-signed/'];

/** The pages a sweeping check visits: every page but the embeds, and the embed samples. */
export function sweepPages(pages: readonly string[]): string[] {
  return pages.filter((p) => !EMBED_PAGE.test(p) || EMBED_SAMPLES.includes(p));
}

/** The pages that are a full page of the site (header, footer, share card, sitemap), not an embed. */
export function sitePages(pages: readonly string[]): string[] {
  return pages.filter((p) => !EMBED_PAGE.test(p));
}

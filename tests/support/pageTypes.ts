/** The site's page types, as patterns over a page's path below the base (`es/articulos/x/`). */
export const PAGE_TYPES: Record<'home' | 'article' | 'explorer' | 'event' | 'treaty' | 'method' | 'search', RegExp> = {
  home: /^(es|en)\/$/,
  article: /^(es\/articulos|en\/articles)\/[^/]+\/$/,
  explorer: /^(es\/cronologia|en\/timeline)\/$/,
  event: /^(es\/cronologia|en\/timeline)\/[^/]+\/$/,
  treaty: /^(es\/tratado|en\/treaty)\/$/,
  method: /^(es\/fuentes-y-metodo|en\/sources-and-method)\/$/,
  search: /^(es\/buscar|en\/search)\/$/,
};

/** Structured data (schema.org JSON-LD) for the site's pages. Pure: absolute URLs come in. */

export type JsonLd = Record<string, unknown>;

export interface Publisher {
  name: string;
  url: string;
  logo: string;
}

function organization(publisher: Publisher): JsonLd {
  return { '@type': 'Organization', name: publisher.name, url: publisher.url, logo: { '@type': 'ImageObject', url: publisher.logo } };
}

export function websiteLd(input: { name: string; url: string; description: string; inLanguage: string; publisher: Publisher }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: input.name,
    url: input.url,
    description: input.description,
    inLanguage: input.inLanguage,
    publisher: organization(input.publisher),
  };
}

export function newsArticleLd(input: {
  headline: string;
  description: string;
  url: string;
  image: string;
  datePublished: string;
  dateModified: string;
  inLanguage: string;
  publisher: Publisher;
  /** Corrections of the article's published text: schema.org `correction` (CorrectionComment). */
  corrections?: readonly { text: string; date: string; url: string }[];
}): JsonLd {
  const corrections = input.corrections ?? [];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    image: [input.image],
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    inLanguage: input.inLanguage,
    author: organization(input.publisher),
    publisher: organization(input.publisher),
    ...(corrections.length > 0 && {
      correction: corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date, url: c.url })),
    }),
  };
}

export function breadcrumbLd(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

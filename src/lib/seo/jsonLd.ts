/** Structured data (schema.org JSON-LD) for the site's pages. Pure: absolute URLs come in. */
import type { CitationInput } from '../cite/citation.ts';

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
  /** The citation the page offers: its site and version are stated too. */
  cite?: CitationInput;
  /** Corrections of the article's published text: schema.org `correction` (CorrectionComment). */
  corrections?: readonly { text: string; date: string; url: string }[];
}): JsonLd {
  const corrections = input.corrections ?? [];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...(input.cite ? citationLd(input.cite) : {}),
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

/**
 * A page about a treaty, article by article: a WebPage whose subject is the treaty, as
 * schema.org's Legislation (signed on `legislationDate`), with each described article as a part
 * linked to its anchor on the page.
 */
export function treatyPageLd(input: {
  name: string;
  description: string;
  url: string;
  inLanguage: string;
  publisher: Publisher;
  treaty: { name: string; type: string; signed: string; articles: { name: string; url: string; text: string }[] };
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.inLanguage,
    publisher: organization(input.publisher),
    about: {
      '@type': 'Legislation',
      name: input.treaty.name,
      legislationType: input.treaty.type,
      legislationDate: input.treaty.signed,
      hasPart: input.treaty.articles.map((a) => ({ '@type': 'Legislation', name: a.name, url: a.url, abstract: a.text })),
    },
  };
}

export function breadcrumbLd(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/**
 * The fields of a citation (src/lib/cite/citation.ts) as schema.org has them, so what a reader
 * copies and what machines read agree: title, author, site, dates, version, URL, licence.
 */
export function citationLd(cite: CitationInput): JsonLd {
  return {
    name: cite.title,
    headline: cite.title,
    author: { '@type': 'Organization', name: cite.author },
    isPartOf: { '@type': 'WebSite', name: cite.site },
    ...(cite.published ? { datePublished: cite.published } : {}),
    ...(cite.published && cite.updated ? { dateModified: cite.updated } : {}),
    version: cite.version,
    url: cite.url,
  };
}

/** An event's page: a web page with its citation's fields. */
export function eventPageLd(input: { cite: CitationInput; description: string; inLanguage: string; image: string; publisher: Publisher; licenseUrl: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    ...citationLd(input.cite),
    description: input.description,
    inLanguage: input.inLanguage,
    image: [input.image],
    publisher: organization(input.publisher),
    license: input.licenseUrl,
  };
}

/** The open data: a Dataset with its downloads, licence and version (what dataset search engines read). */
export function datasetLd(input: {
  cite: CitationInput;
  description: string;
  inLanguage: string;
  publisher: Publisher;
  licenseUrl: string;
  downloads: { url: string; encodingFormat: string; contentSize: string }[];
}): JsonLd {
  const { headline: _headline, ...cited } = citationLd(input.cite);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    ...cited,
    description: input.description,
    inLanguage: input.inLanguage,
    creator: organization(input.publisher),
    publisher: organization(input.publisher),
    license: input.licenseUrl,
    isAccessibleForFree: true,
    dateModified: input.cite.version,
    distribution: input.downloads.map((d) => ({ '@type': 'DataDownload', contentUrl: d.url, encodingFormat: d.encodingFormat, contentSize: d.contentSize })),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

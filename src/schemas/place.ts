/** Schema for a place on the maps: one entry of content/places.yaml, with its coordinates and the source that states them. */
import { z } from 'astro/zod';
import { COUNTRY_CODES } from '../lib/map/countries.ts';
import { httpsUrl } from './source.ts';
import { localized, slug, text } from './text.ts';

/** Longest label printed on a map, in characters. */
export const PLACE_LABEL_MAX = 24;

const country = (what: string) =>
  z.enum(COUNTRY_CODES, {
    error: (issue) =>
      issue.input === undefined
        ? `missing ${what} (ISO 3166-1 alpha-2, one of: ${COUNTRY_CODES.join(', ')})`
        : `unknown ${what} "${String(issue.input)}" (one of: ${COUNTRY_CODES.join(', ')}; add a country in src/lib/map/countries.ts)`,
  });

const degrees = (what: 'latitude' | 'longitude', limit: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `missing ${what}` : `${what} must be a number of decimal degrees, not ${JSON.stringify(issue.input)}`) })
    .min(-limit, { error: (issue) => `${what} ${String(issue.input)} is out of range (−${limit} to ${limit})` })
    .max(limit, { error: (issue) => `${what} ${String(issue.input)} is out of range (−${limit} to ${limit})` });

/** Where the coordinates come from: a public page that states them. */
export const coordinateSourceSchema = z.strictObject({
  /** Who published the page, by its proper name: `Wikipedia`, `Library of Congress`. */
  publisher: text('publisher'),
  /** What the page is, in each language (`Artículo «Kursk»` / `Article “Kursk”`). */
  title: localized(),
  /** The page: https only. */
  url: httpsUrl,
  /** The page's language, ISO 639-1. */
  language: z.string({ error: 'missing language (ISO 639-1, e.g. "en")' }).regex(/^[a-z]{2}$/, {
    error: (issue) => `"${String(issue.input)}" is not an ISO 639-1 language code such as "en"`,
  }),
  /** The coordinates exactly as the page writes them (`51°43′N 36°11′E`); `lat` and `lon` must agree with them. */
  stated: text('stated coordinates'),
});

export const placeSchema = z.strictObject({
  /** Stable slug, used by events' `places` (`kursk`, `khasan-tumangang`). */
  id: slug,
  /** The place's name in each language, as the list beside a map prints it. */
  name: localized(),
  /** A shorter name for the label on the map (24 characters at most); the name when left out. */
  label: localized((lang) => text(`${lang === 'es' ? 'Spanish' : 'English'} translation`).max(PLACE_LABEL_MAX, { error: `longer than ${PLACE_LABEL_MAX} characters` })).optional(),
  /** The country it lies in, ISO 3166-1 alpha-2 (`RU`, `KP`), within internationally recognised borders. */
  country: country('country'),
  /** For a place on a border (a crossing, the Joint Security Area): the country on the other side. */
  borderWith: country('borderWith').optional(),
  /** Latitude, decimal degrees, north positive (−90 to 90). */
  lat: degrees('latitude', 90),
  /** Longitude, decimal degrees, east positive (−180 to 180). */
  lon: degrees('longitude', 180),
  /** The public page that states the coordinates. */
  source: coordinateSourceSchema,
});

export type PlaceData = z.output<typeof placeSchema>;

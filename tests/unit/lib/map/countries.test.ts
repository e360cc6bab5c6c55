import { describe, expect, it } from 'vitest';
import { UI } from '../../../../src/i18n/ui.ts';
import { atlasCode, COUNTRY_CODES } from '../../../../src/lib/map/countries.ts';
import { countryFeature } from '../../../../src/lib/map/worldFeatures.ts';
import { world } from './sitePlaces.ts';

describe('COUNTRIES', () => {
  it.each(COUNTRY_CODES)('%s has a polygon in the atlas and a name in both editions', (code) => {
    expect(countryFeature(world, atlasCode(code))).toBeDefined();
    for (const lang of ['es', 'en'] as const) expect(UI[lang][`country.${code}` as keyof (typeof UI)['es']]).toBeTruthy();
  });
});

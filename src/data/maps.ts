/**
 * The site's maps as layouts, per language: the lead map (two artboards, wide and narrow, of the
 * same places) and a locator map for an event's places. Geometry comes from src/lib/map/; this
 * module only chooses the places, the texts and the sizes. Memoised for the build.
 */
import { formatNumber } from '../i18n/formatNumber.ts';
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/t.ts';
import { roundedKm } from '../lib/map/distance.ts';
import { layoutMap, type MapLayout } from '../lib/map/layoutMap.ts';
import type { CountryCode } from '../lib/map/countries.ts';
import type { Box, MapPlace, Padding } from '../lib/map/types.ts';
import { buildMemo } from './buildMemo.ts';
import { getPlaces, type PlaceEntry } from './places.ts';
import { getWorld } from './worldAtlas.ts';

/** The lead map's places, in label priority: the route's two ends and the capital first. */
export const LEAD_PLACES = ['pyongyang', 'kursk', 'moscow', 'khasan-tumangang', 'vostochny', 'vladivostok', 'seoul', 'beijing', 'kyiv'] as const;
/** The two capitals every locator shows for reference, when the event's places leave them out. */
export const REFERENCE_PLACES = ['pyongyang', 'moscow'] as const;
/** The treaty's two parties, filled stronger on every map. */
export const PARTIES: CountryCode[] = ['RU', 'KP'];

const LEAD_COUNTRIES: CountryCode[] = ['RU', 'KP', 'CN', 'UA', 'MN', 'KZ', 'KR', 'JP'];

export const LEAD_BOXES: Record<'wide' | 'narrow', { box: Box; padding: Padding; fontSize: number }> = {
  wide: { box: { width: 760, height: 420 }, padding: { top: 40, right: 80, bottom: 40, left: 40 }, fontSize: 13 },
  narrow: { box: { width: 340, height: 270 }, padding: { top: 44, right: 44, bottom: 46, left: 26 }, fontSize: 12 },
};
export const LOCATOR_BOX: { box: Box; padding: Padding; fontSize: number } = { box: { width: 340, height: 240 }, padding: { top: 30, right: 40, bottom: 36, left: 40 }, fontSize: 12 };

export function mapPlace(entry: PlaceEntry, lang: Lang): MapPlace {
  const { data } = entry;
  return { id: entry.id, lon: data.lon, lat: data.lat, label: (data.label ?? data.name)[lang], country: data.country };
}

const upper = (s: string) => s.toUpperCase();
export const distanceText = (km: number, lang: Lang) => t(lang, 'map.distanceAbout', { km: formatNumber(roundedKm(km), lang) });
const scaleText = (lang: Lang) => (km: number) => t(lang, 'map.distance', { km: formatNumber(km, lang) });

async function placesOf(ids: readonly string[], lang: Lang): Promise<MapPlace[]> {
  const places = await getPlaces();
  return ids.map((id) => {
    const entry = places.get(id);
    if (!entry) throw new Error(`maps: no place "${id}" in content/places.yaml`);
    return mapPlace(entry, lang);
  });
}

export interface LeadMapLayouts {
  wide: MapLayout;
  narrow: MapLayout;
  places: MapPlace[];
}

export function leadMapLayouts(lang: Lang): Promise<LeadMapLayouts> {
  return buildMemo(`leadMap:${lang}`, async () => {
    const places = await placesOf(LEAD_PLACES, lang);
    const world = getWorld();
    const common = {
      kind: 'region' as const,
      places,
      emphasis: ['pyongyang', 'kursk', 'moscow'],
      highlight: PARTIES,
      highlightBorder: ['RU', 'KP'] as const,
      countryLabels: LEAD_COUNTRIES.map((code) => ({ code, text: upper(t(lang, `country.${code}`)) })),
      route: { from: 'pyongyang', to: 'kursk', text: (km: number) => distanceText(km, lang) },
      scaleText: scaleText(lang),
    };
    return {
      wide: layoutMap(world, { ...common, ...LEAD_BOXES.wide }),
      narrow: layoutMap(world, { ...common, ...LEAD_BOXES.narrow }),
      places,
    };
  });
}

/** The places of the lead map's inset on the Russia–North Korea border. */
export const INSET_PLACES = ['khasan-tumangang', 'vladivostok', 'russky-island'] as const;
export const INSET_BOX: { box: Box; padding: Padding; fontSize: number } = { box: { width: 300, height: 220 }, padding: { top: 26, right: 30, bottom: 30, left: 30 }, fontSize: 12 };

/** The inset: where Russia and North Korea touch, at a scale where the Tumen border shows. */
export function borderInsetLayout(lang: Lang): Promise<MapLayout> {
  return buildMemo(`inset:${lang}`, async () => {
    const places = await placesOf(INSET_PLACES, lang);
    return layoutMap(getWorld(), {
      kind: 'locator',
      ...INSET_BOX,
      places,
      emphasis: ['khasan-tumangang'],
      centre: 'khasan-tumangang',
      minRadiusKm: 90,
      highlight: PARTIES,
      highlightBorder: ['RU', 'KP'] as const,
      countryLabels: (['RU', 'KP', 'CN'] as CountryCode[]).map((code) => ({ code, text: upper(t(lang, `country.${code}`)) })),
      route: { from: 'khasan-tumangang', to: 'vladivostok', text: (km: number) => distanceText(km, lang) },
      scaleText: scaleText(lang),
    });
  });
}

export interface LocatorLayout {
  layout: MapLayout;
  /** The event's places, then the reference capitals added. */
  places: MapPlace[];
  references: MapPlace[];
  /** Where the route runs from (the place the event concerns) and to (Pyongyang, or Moscow from Pyongyang). */
  routeFrom: MapPlace;
  routeTo?: MapPlace;
}

/** A locator for `ids` (an event's places, the first where it happened), with the reference capitals it lacks. */
export function locatorLayout(ids: readonly string[], lang: Lang): Promise<LocatorLayout> {
  return buildMemo(`locator:${lang}:${ids.join(',')}`, async () => {
    const own = await placesOf(ids, lang);
    const references = await placesOf(REFERENCE_PLACES.filter((id) => !ids.includes(id)), lang);
    const places = [...own, ...references];
    const [first] = own;
    // The route runs from the place the event concerns (the last that is not a reference
    // capital: Kursk for the troop events) to Pyongyang, or from Pyongyang to Moscow.
    const isReference = (p: MapPlace) => (REFERENCE_PLACES as readonly string[]).includes(p.id);
    const origin = own.findLast((p) => !isReference(p)) ?? first;
    const target = places.find((p) => p.id === (origin.id === 'pyongyang' ? 'moscow' : 'pyongyang'));
    const countries = [...new Set([...PARTIES, ...places.map((p) => p.country)])];
    const layout = layoutMap(getWorld(), {
      kind: 'locator',
      ...LOCATOR_BOX,
      places,
      emphasis: [first.id],
      centre: first.id,
      minRadiusKm: 700,
      highlight: PARTIES,
      highlightBorder: ['RU', 'KP'] as const,
      countryLabels: countries.map((code) => ({ code, text: upper(t(lang, `country.${code}`)) })),
      route: target ? { from: origin.id, to: target.id, text: (km: number) => distanceText(km, lang) } : undefined,
      scaleText: scaleText(lang),
    });
    return { layout, places, references, routeFrom: origin, routeTo: target };
  });
}

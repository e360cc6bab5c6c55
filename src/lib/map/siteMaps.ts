/**
 * The site's maps as specifications for layoutMap (pure: places in, specs out): the lead map in
 * two artboards (wide, and narrow for phones), its inset on the Russia–North Korea border, and
 * the locator for an event's places. Which places, which countries are named, the sizes and the
 * texts are decided here once, for the pages and the tests alike.
 */
import { formatNumber } from '../../i18n/formatNumber.ts';
import type { Lang } from '../../i18n/languages.ts';
import { t } from '../../i18n/t.ts';
import type { PlaceData } from '../../schemas/place.ts';
import type { CountryCode } from './countries.ts';
import { roundedKm } from './distance.ts';
import type { MapSpec } from './layoutMap.ts';
import type { Box, MapPlace, Padding } from './types.ts';

/** The lead map's places, in label priority: the route's two ends and the capital first. */
export const LEAD_PLACES = ['pyongyang', 'kursk', 'moscow', 'khasan-tumangang', 'vostochny', 'vladivostok', 'seoul', 'beijing', 'kyiv'] as const;
/** The places of the lead map's inset on the Russia–North Korea border. */
export const INSET_PLACES = ['khasan-tumangang', 'vladivostok', 'russky-island'] as const;
/** The two capitals every locator shows for reference, when the event's places leave them out. */
export const REFERENCE_PLACES = ['pyongyang', 'moscow'] as const;
/** The treaty's two parties, filled stronger on every map, with the border where they touch. */
export const PARTIES: readonly [CountryCode, CountryCode] = ['RU', 'KP'];

const LEAD_COUNTRIES: CountryCode[] = ['RU', 'KP', 'CN', 'UA', 'MN', 'KZ', 'KR', 'JP'];

type Frame = { box: Box; padding: Padding; fontSize: number };

export const LEAD_FRAMES: Record<'wide' | 'narrow', Frame> = {
  wide: { box: { width: 760, height: 420 }, padding: { top: 40, right: 80, bottom: 40, left: 40 }, fontSize: 13 },
  narrow: { box: { width: 340, height: 270 }, padding: { top: 44, right: 44, bottom: 46, left: 26 }, fontSize: 12 },
};
export const INSET_FRAME: Frame = { box: { width: 300, height: 220 }, padding: { top: 26, right: 30, bottom: 30, left: 30 }, fontSize: 12 };
export const LOCATOR_FRAME: Frame = { box: { width: 340, height: 240 }, padding: { top: 30, right: 40, bottom: 36, left: 40 }, fontSize: 12 };

/** Finds a place by id (the places collection, or content/places.yaml in tests). */
export type PlaceLookup = (id: string) => (PlaceData & { id: string }) | undefined;

export function mapPlace(place: PlaceData & { id: string }, lang: Lang): MapPlace {
  return { id: place.id, lon: place.lon, lat: place.lat, label: (place.label ?? place.name)[lang], country: place.country };
}

function placesOf(ids: readonly string[], lookup: PlaceLookup, lang: Lang): MapPlace[] {
  return ids.map((id) => {
    const place = lookup(id);
    if (!place) throw new Error(`maps: no place "${id}" in content/places.yaml`);
    return mapPlace(place, lang);
  });
}

/** "about 6,700 km": rounded (to 100 km, to 10 km under 1,000 km) and written for the edition. */
export function distanceText(km: number, lang: Lang): string {
  return t(lang, 'map.distanceAbout', { km: formatNumber(roundedKm(km), lang) });
}

const scaleText = (lang: Lang) => (km: number) => t(lang, 'map.distance', { km: formatNumber(km, lang) });
const countryLabels = (codes: readonly CountryCode[], lang: Lang) => codes.map((code) => ({ code, text: t(lang, `country.${code}`).toUpperCase() }));

export function leadMapSpecs(lookup: PlaceLookup, lang: Lang): Record<'wide' | 'narrow', MapSpec> {
  const common = {
    kind: 'region' as const,
    places: placesOf(LEAD_PLACES, lookup, lang),
    emphasis: ['pyongyang', 'kursk', 'moscow'],
    highlight: PARTIES,
    highlightBorder: PARTIES,
    countryLabels: countryLabels(LEAD_COUNTRIES, lang),
    route: { from: 'pyongyang', to: 'kursk', text: (km: number) => distanceText(km, lang) },
    scaleText: scaleText(lang),
  };
  return { wide: { ...common, ...LEAD_FRAMES.wide }, narrow: { ...common, ...LEAD_FRAMES.narrow } };
}

export function insetSpec(lookup: PlaceLookup, lang: Lang): MapSpec {
  return {
    kind: 'locator',
    ...INSET_FRAME,
    places: placesOf(INSET_PLACES, lookup, lang),
    emphasis: ['khasan-tumangang'],
    centre: 'khasan-tumangang',
    minRadiusKm: 90,
    highlight: PARTIES,
    highlightBorder: PARTIES,
    countryLabels: countryLabels(['RU', 'KP', 'CN'], lang),
    route: { from: 'khasan-tumangang', to: 'vladivostok', text: (km: number) => distanceText(km, lang) },
    scaleText: scaleText(lang),
  };
}

export interface LocatorSpec {
  spec: MapSpec;
  /** The event's places, then the reference capitals added. */
  places: MapPlace[];
  references: MapPlace[];
  /** Where the route runs from (the place the event concerns) and to (Pyongyang, or Moscow from Pyongyang). */
  routeFrom: MapPlace;
  routeTo?: MapPlace;
}

/**
 * A locator for an event's places (the first is where it happened, and the map is centred
 * there), with the reference capitals it lacks. The route runs from the place the event
 * concerns (the last that is not a reference capital: Kursk for the troop events) to Pyongyang,
 * or from Pyongyang to Moscow.
 */
export function locatorSpec(ids: readonly string[], lookup: PlaceLookup, lang: Lang): LocatorSpec {
  if (ids.length === 0) throw new Error('locatorSpec: no places');
  const own = placesOf(ids, lookup, lang);
  const references = placesOf(REFERENCE_PLACES.filter((id) => !ids.includes(id)), lookup, lang);
  const places = [...own, ...references];
  const [first] = own;
  const isReference = (p: MapPlace) => (REFERENCE_PLACES as readonly string[]).includes(p.id);
  const routeFrom = own.findLast((p) => !isReference(p)) ?? first;
  const routeTo = places.find((p) => p.id === (routeFrom.id === 'pyongyang' ? 'moscow' : 'pyongyang'));
  const countries = [...new Set([...PARTIES, ...places.map((p) => p.country)])];
  const spec: MapSpec = {
    kind: 'locator',
    ...LOCATOR_FRAME,
    places,
    emphasis: [first.id],
    centre: first.id,
    minRadiusKm: 700,
    highlight: PARTIES,
    highlightBorder: PARTIES,
    countryLabels: countryLabels(countries, lang),
    route: routeTo ? { from: routeFrom.id, to: routeTo.id, text: (km: number) => distanceText(km, lang) } : undefined,
    scaleText: scaleText(lang),
  };
  return { spec, places, references, routeFrom, routeTo };
}

/**
 * A map's geometry, computed once at build time and without a DOM: the projection fitted to the
 * places (fitProjection.ts), the world subset to the box (subsetWorld.ts), each place's point,
 * labels placed without overlap (placeMapLabels.ts), country names, an optional great-circle
 * route between two places with its distance computed from their coordinates, and a scale bar
 * measured on the projection. The Astro component only writes this out as SVG.
 */
import { geoInterpolate, geoPath, type GeoProjection } from 'd3-geo';
import { measureText } from '../timeline/measureText.ts';
import { atlasCode, type CountryCode } from './countries.ts';
import { countryAnchor } from './countryAnchor.ts';
import { distanceKm } from './distance.ts';
import { locatorProjection, regionProjection } from './fitProjection.ts';
import { pathData } from './pathWriter.ts';
import { placeMapLabels, type MapLabelRequest, type Obstacle, type Rect } from './placeMapLabels.ts';
import { scaleBar } from './scaleBar.ts';
import { subsetWorld } from './subsetWorld.ts';
import type { Box, LonLat, MapPlace, Padding } from './types.ts';
import { borderBetween, countryFeature, type WorldFeatures } from './worldFeatures.ts';

export type MapKind = 'region' | 'locator';

export interface MapSpec {
  kind: MapKind;
  box: Box;
  padding: Padding;
  /** The places drawn, most important first (labels are placed in this order). */
  places: readonly MapPlace[];
  /** Places drawn stronger (bigger point, bold label). */
  emphasis?: readonly string[];
  /** Locator maps: the least radius of surroundings shown around the places. */
  minRadiusKm?: number;
  /** Locator maps: the place the projection is centred on (distances from it are true); the places' centroid if left out. */
  centre?: string;
  /** Countries filled stronger: the treaty's two parties (the first lighter, the second darker). */
  highlight?: readonly CountryCode[];
  /** A land border drawn strong: where the two parties touch. */
  highlightBorder?: readonly CountryCode[];
  /** Country names to print, most important first, in the page's language. */
  countryLabels?: readonly { code: CountryCode; text: string }[];
  /** A great-circle line between two of the places, labelled with its computed length. */
  route?: { from: string; to: string; text: (km: number) => string };
  /** The scale bar's text for a length. */
  scaleText: (km: number) => string;
  fontSize?: number;
}

export interface MapPoint {
  id: string;
  x: number;
  y: number;
  r: number;
  emphasis: boolean;
}

export interface MapLabel extends Rect {
  id: string;
  text: string;
  /** Baseline of the text. */
  baseline: number;
  bold: boolean;
  /** A line from the label to its point, when the label had to stand off. */
  leader?: [number, number, number, number];
}

export interface MapLayout {
  box: Box;
  /** Label sizes the placement measured, in pixels: places and route, country names. */
  fontSize: number;
  countryFontSize: number;
  projection: { name: 'conic-conformal' | 'azimuthal-equidistant'; parameters: number[] };
  /** All land, one path. */
  land: string;
  /** Every country in view, by alpha-3 code. */
  inView: string[];
  /** The highlighted countries' polygons, drawn over the land. */
  countries: { a3: string; d: string; highlight: number }[];
  borders: string;
  /** The highlighted border (empty when none or out of view). */
  keyBorder: string;
  points: MapPoint[];
  labels: MapLabel[];
  countryLabels: (Rect & { code: CountryCode; text: string; baseline: number; highlight: boolean })[];
  route?: { d: string; km: number; label: MapLabel | null };
  scale: { x: number; y: number; width: number; km: number; text: string };
}

const r1 = (v: number) => Math.round(v * 10) / 10;
const POINT_R = 3.5;
const EMPHASIS_R = 5;

/** Where a label box may go around a point: beside, above and below, then standing off with a leader line. */
function pointCandidates(x: number, y: number, r: number, w: number, h: number): { x: number; y: number; off: boolean }[] {
  const near = r + 3;
  const far = r + 16;
  const around = (d: number, off: boolean) => [
    { x: x + d, y: y - h / 2, off },
    { x: x - d - w, y: y - h / 2, off },
    { x: x + d * 0.7, y: y - d * 0.7 - h, off },
    { x: x + d * 0.7, y: y + d * 0.7, off },
    { x: x - d * 0.7 - w, y: y - d * 0.7 - h, off },
    { x: x - d * 0.7 - w, y: y + d * 0.7, off },
    { x: x - w / 2, y: y - d - h, off },
    { x: x - w / 2, y: y + d, off },
  ];
  return [...around(near, false), ...around(far, true)];
}

/** The end of a leader line on a label box: the box's point nearest the marker. */
function nearestOnBox(box: Rect, x: number, y: number): [number, number] {
  return [Math.min(Math.max(x, box.x), box.x + box.width), Math.min(Math.max(y, box.y), box.y + box.height)];
}

function fitted(spec: MapSpec): { projection: GeoProjection; name: MapLayout['projection']['name'] } {
  const points = spec.places.map((p) => [p.lon, p.lat] as LonLat);
  if (spec.kind === 'region') return { projection: regionProjection(points, spec.box, spec.padding), name: 'conic-conformal' };
  const centre = spec.places.find((p) => p.id === spec.centre);
  return { projection: locatorProjection(points, spec.box, spec.padding, spec.minRadiusKm ?? 600, centre && [centre.lon, centre.lat]), name: 'azimuthal-equidistant' };
}

export function layoutMap(world: WorldFeatures, spec: MapSpec): MapLayout {
  const { box } = spec;
  const font = spec.fontSize ?? 13;
  const lineHeight = Math.round(font * 1.25);
  const { projection, name } = fitted(spec);
  const emphasis = new Set(spec.emphasis ?? []);
  const highlightOrder = (spec.highlight ?? []).map(atlasCode);
  const highlight = new Set(highlightOrder);
  const bounds = { x: 2, y: 2, width: box.width - 4, height: box.height - 4 };

  const subset = subsetWorld(world, projection, highlightOrder);
  // The countries drawn on their own: the highlighted ones, 1, 2… in the order given.
  const countries = subset.countries.flatMap((c) => (c.d ? [{ a3: c.a3, d: c.d, highlight: highlightOrder.indexOf(c.a3) + 1 }] : []));
  const keyBorder = spec.highlightBorder ? pathData((ctx) => geoPath(projection, ctx)(borderBetween(world, atlasCode(spec.highlightBorder![0]), atlasCode(spec.highlightBorder![1]))), { minSize: 0, minStep: 0.3 }) : '';

  const points: MapPoint[] = spec.places.map((place) => {
    const [x, y] = projection([place.lon, place.lat]) ?? [NaN, NaN];
    return { id: place.id, x: r1(x), y: r1(y), r: emphasis.has(place.id) ? EMPHASIS_R : POINT_R, emphasis: emphasis.has(place.id) };
  });
  const markers: Obstacle[] = points.map((p) => ({ id: p.id, x: p.x - p.r - 1, y: p.y - p.r - 1, width: 2 * p.r + 2, height: 2 * p.r + 2 }));

  // The scale bar sits in the bottom-left corner; measured at the map's centre.
  const bar = scaleBar(projection, [box.width / 2, box.height / 2], Math.min(120, box.width / 4));
  const scaleTextValue = spec.scaleText(bar.km);
  const scale = { x: 10, y: box.height - 10, width: r1(bar.width), km: bar.km, text: scaleTextValue };
  const scaleBox: Obstacle = { id: '(scale)', x: 6, y: box.height - 12 - lineHeight, width: Math.max(bar.width, measureText(scaleTextValue, font - 2)) + 8, height: lineHeight + 10 };

  const requests: (MapLabelRequest & { text: string; bold: boolean; point?: MapPoint; off: boolean[] })[] = [];
  for (const place of spec.places) {
    const point = points.find((p) => p.id === place.id)!;
    const bold = point.emphasis;
    const w = measureText(place.label, font, bold);
    const candidates = pointCandidates(point.x, point.y, point.r, w, lineHeight);
    requests.push({ id: place.id, text: place.label, bold, width: w, height: lineHeight, candidates, ignore: [place.id], point, off: candidates.map((c) => c.off) });
  }

  let route: MapLayout['route'];
  const lineMarks: Obstacle[] = [];
  if (spec.route) {
    const from = spec.places.find((p) => p.id === spec.route!.from);
    const to = spec.places.find((p) => p.id === spec.route!.to);
    if (!from || !to) throw new Error(`layoutMap: the route's places must be on the map (${spec.route.from}, ${spec.route.to})`);
    const a: LonLat = [from.lon, from.lat];
    const b: LonLat = [to.lon, to.lat];
    const km = distanceKm(a, b);
    const d = pathData((ctx) => geoPath(projection, ctx)({ type: 'LineString', coordinates: [a, b] }), { minSize: 0 });
    const mid = projection(geoInterpolate(a, b)(0.5) as LonLat) ?? [box.width / 2, box.height / 2];
    const text = spec.route.text(km);
    const w = measureText(text, font, true);
    // Beside the line's middle: below, above, then to either side, further out each round.
    const around = [6, 14, 24, 36].flatMap((d) => [
      { x: mid[0] - w / 2, y: mid[1] + d },
      { x: mid[0] - w / 2, y: mid[1] - d - lineHeight },
      { x: mid[0] + d, y: mid[1] - lineHeight / 2 },
      { x: mid[0] - d - w, y: mid[1] - lineHeight / 2 },
      { x: mid[0] + d * 0.7, y: mid[1] + d * 0.7 },
      { x: mid[0] - d * 0.7 - w, y: mid[1] - d * 0.7 - lineHeight },
      { x: mid[0] + d * 0.7, y: mid[1] - d * 0.7 - lineHeight },
      { x: mid[0] - d * 0.7 - w, y: mid[1] + d * 0.7 },
    ]);
    requests.push({ id: '(route)', text, bold: true, width: w, height: lineHeight, candidates: around, off: around.map(() => false) });
    route = { d, km, label: null };
    // The line itself, as small obstacles, so no label sits on it.
    const along = geoInterpolate(a, b);
    for (let i = 1; i < 40; i += 1) {
      const p = projection(along(i / 40) as LonLat);
      if (p) lineMarks.push({ id: `(route-${i})`, x: p[0] - 1.5, y: p[1] - 1.5, width: 3, height: 3 });
    }
  }

  const placed = placeMapLabels(requests, [...markers, scaleBox, ...lineMarks], bounds);
  const labels: MapLabel[] = [];
  for (const request of requests) {
    const box = placed.get(request.id);
    if (!box) continue;
    const label: MapLabel = {
      id: request.id,
      text: request.text,
      bold: request.bold,
      x: r1(box.x),
      y: r1(box.y),
      width: r1(box.width),
      height: box.height,
      baseline: r1(box.y + font * 0.95 + (lineHeight - font) / 2),
    };
    if (request.point && request.off[box.candidate]) {
      const [ex, ey] = nearestOnBox(box, request.point.x, request.point.y);
      label.leader = [request.point.x, request.point.y, r1(ex), r1(ey)];
    }
    if (request.id === '(route)' && route) route.label = label;
    else labels.push(label);
  }

  // Country names go last, where no place label or point is.
  const countryFont = font - 2;
  const countryHeight = Math.round(countryFont * 1.25);
  const taken: Obstacle[] = [...markers, scaleBox, ...lineMarks, ...labels.map((l) => ({ ...l, id: l.id })), ...(route?.label ? [{ ...route.label, id: '(route)' }] : [])];
  const countryRequests: MapLabelRequest[] = [];
  const countryTexts = new Map<string, { code: CountryCode; text: string }>();
  for (const { code, text } of spec.countryLabels ?? []) {
    const feature = countryFeature(world, atlasCode(code));
    const anchor = feature && countryAnchor(feature, projection);
    if (!anchor) continue;
    const w = measureText(text, countryFont, true) + text.length * 1.5;
    const [ax, ay] = anchor;
    // Centred on the anchor, then on rings around it, further out each time.
    const candidates = [{ x: ax - w / 2, y: ay - countryHeight / 2 }];
    for (let radius = 12; radius <= 96; radius += 12) {
      for (let k = 0; k < 8; k += 1) {
        const angle = (k * Math.PI) / 4;
        candidates.push({ x: ax - w / 2 + radius * Math.cos(angle), y: ay - countryHeight / 2 + radius * Math.sin(angle) * 0.6 });
      }
    }
    countryRequests.push({ id: code, width: w, height: countryHeight, candidates });
    countryTexts.set(code, { code, text });
  }
  const placedCountries = placeMapLabels(countryRequests, taken, bounds, 4);
  const countryLabels: MapLayout['countryLabels'] = [];
  for (const request of countryRequests) {
    const at = placedCountries.get(request.id);
    if (!at) continue;
    const { code, text } = countryTexts.get(request.id)!;
    countryLabels.push({ code, text, highlight: highlight.has(atlasCode(code)), x: r1(at.x), y: r1(at.y), width: r1(at.width), height: at.height, baseline: r1(at.y + countryFont * 0.95 + (countryHeight - countryFont) / 2) });
  }

  const parameters = name === 'conic-conformal' ? [...(projection as GeoProjection & { parallels(): [number, number] }).parallels(), -projection.rotate()[0]] : [-projection.rotate()[0], -projection.rotate()[1]];
  return {
    box,
    fontSize: font,
    countryFontSize: countryFont,
    projection: { name, parameters: parameters.map((v) => Math.round(v * 100) / 100) },
    countries,
    land: subset.land,
    inView: subset.countries.map((c) => c.a3),
    borders: subset.borders,
    keyBorder,
    points,
    labels,
    countryLabels,
    route,
    scale,
  };
}

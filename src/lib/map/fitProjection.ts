/**
 * The two projections the site's maps use, each fitted to its places inside a padded box:
 *
 * - `regionProjection`: Lambert conformal conic, its standard parallels at one sixth and five
 *   sixths of the places' span of latitude and its central meridian in the middle of their
 *   longitudes. The lead map spans some 100° of longitude at mid-latitudes (Kyiv to
 *   Vladivostok, Seoul to Moscow), the case conic projections are made for; conformal keeps
 *   shapes true locally and the scale the same in every direction at a point, so one scale bar
 *   holds across the map within a percent or two (the scale is exact on the standard parallels).
 * - `locatorProjection`: azimuthal equidistant centred on a given point (an event's place) or on
 *   the places' spherical centroid.
 *   It works anywhere on the globe, at any extent (a locator for New York or for Panmunjom
 *   alike), and distances from the centre are true, so the scale bar measured there is exact
 *   along any line through the centre. A single place is shown with at least `minRadiusKm` of
 *   its surroundings.
 *
 * Both are clipped to the box; nothing outside it is drawn.
 */
import { geoAzimuthalEquidistant, geoCentroid, geoCircle, geoConicConformal, type GeoProjection } from 'd3-geo';
import { EARTH_RADIUS_KM } from './distance.ts';
import type { Box, LonLat, Padding } from './types.ts';

function extent(box: Box, padding: Padding): [[number, number], [number, number]] {
  return [
    [padding.left, padding.top],
    [box.width - padding.right, box.height - padding.bottom],
  ];
}

export function regionProjection(points: readonly LonLat[], box: Box, padding: Padding): GeoProjection {
  if (points.length === 0) throw new Error('regionProjection: no points');
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [lat0, lat1] = [Math.min(...lats), Math.max(...lats)];
  const span = Math.max(lat1 - lat0, 2);
  const middle = (Math.min(...lons) + Math.max(...lons)) / 2;
  const parallels: [number, number] = [lat0 + span / 6, lat1 - span / 6];
  const projection = geoConicConformal().parallels(parallels).rotate([-middle, 0]);
  projection.fitExtent(extent(box, padding), { type: 'MultiPoint', coordinates: points.map((p) => [...p]) });
  return projection.clipExtent([
    [0, 0],
    [box.width, box.height],
  ]);
}

export function locatorProjection(points: readonly LonLat[], box: Box, padding: Padding, minRadiusKm: number, centreAt?: LonLat): GeoProjection {
  if (points.length === 0) throw new Error('locatorProjection: no points');
  const multi = { type: 'MultiPoint' as const, coordinates: points.map((p) => [...p]) };
  const centre = centreAt ?? (geoCentroid(multi) as LonLat);
  const circle = geoCircle()
    .center(centre)
    .radius((minRadiusKm / EARTH_RADIUS_KM) * (180 / Math.PI))();
  const projection = geoAzimuthalEquidistant().rotate([-centre[0], -centre[1]]);
  // The points and the minimum circle around the centre: one place still shows its region.
  projection.fitExtent(extent(box, padding), {
    type: 'GeometryCollection',
    geometries: [multi, { type: 'MultiPoint', coordinates: circle.coordinates[0] }],
  });
  return projection.clipExtent([
    [0, 0],
    [box.width, box.height],
  ]);
}

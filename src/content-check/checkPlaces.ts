/**
 * The places' own rules (content/places.yaml): each entry valid, ids unique, `lat`/`lon` agreeing
 * with the coordinates the source states (`source.stated`, within 0.01°, about a kilometre), and
 * every place an event names in `places` defined here.
 */
import { parseCoordinates } from '../lib/map/parseCoordinates.ts';
import { placeSchema, type PlaceData } from '../schemas/place.ts';
import type { CheckedEvent } from './contentTypes.ts';
import type { Problem } from './problem.ts';
import type { References } from './references.ts';
import { zodProblems } from './zodProblems.ts';

/** How far typed coordinates may be from the stated ones, in degrees. */
export const COORDINATE_TOLERANCE = 0.01;

/** Validates the places file's entries and defines their ids; returns the valid places. */
export function checkPlaces(file: string, data: unknown, refs: References): { places: PlaceData[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const places: PlaceData[] = [];
  if (!Array.isArray(data)) return { places, problems: [{ file, field: '(file)', message: 'must be a list of places' }] };
  data.forEach((item, i) => {
    const parsed = placeSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error).map((p) => ({ ...p, field: p.field === '(file)' ? String(i) : `${i}.${p.field}` })));
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && id !== '') refs.define('place', id, file, false);
      return;
    }
    const place = parsed.data;
    if (refs.define('place', place.id, file, true)) {
      problems.push({ file, field: `${i}.id`, message: `duplicate place id "${place.id}"` });
      return;
    }
    const stated = parseCoordinates(place.source.stated);
    if (!stated) {
      problems.push({ file, field: `${i}.source.stated`, message: `cannot read coordinates in "${place.source.stated}" (write them as the source does, e.g. 51°43′N 36°11′E, or 55.7558, 37.6173)` });
    } else {
      for (const key of ['lat', 'lon'] as const) {
        if (Math.abs(stated[key] - place[key]) > COORDINATE_TOLERANCE) {
          problems.push({ file, field: `${i}.${key}`, message: `${place[key]} does not agree with the source's "${place.source.stated}" (${stated[key].toFixed(4)})` });
        }
      }
    }
    places.push(place);
  });
  return { places, problems };
}

/** Every id in an event's `places` names a place (read defensively: events without the field have none). */
export function checkEventPlaces(events: readonly CheckedEvent[], refs: References): Problem[] {
  const problems: Problem[] = [];
  for (const event of events) {
    const ids = (event as { places?: unknown }).places;
    if (!Array.isArray(ids)) continue;
    ids.forEach((id, i) => {
      if (typeof id !== 'string') return;
      const problem = refs.check('place', id, { file: event.file, field: `places.${i}` }, `no place has the id "${id}" (places are defined in content/places.yaml)`);
      if (problem) problems.push(problem);
    });
  }
  return problems;
}

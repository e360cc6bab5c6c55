/**
 * Reads coordinates as a source writes them, so the content check can compare them with the
 * numbers typed in content/places.yaml: degrees–minutes–seconds with a hemisphere
 * (`51°43′N 36°11′E`, `43°6′54″N 131°53′7″E`) or signed decimals
 * (`55.7558, 37.6173`). Returns latitude and longitude in decimal degrees, or undefined.
 */

export interface LatLon {
  lat: number;
  lon: number;
}

const DMS = /(\d+(?:\.\d+)?)\s*[°º ]\s*(?:(\d+(?:\.\d+)?)\s*['′´ ]\s*)?(?:(\d+(?:\.\d+)?)\s*(?:["″]|'')\s*)?\s*([NSEW])/gi;
const DECIMAL = /^\s*(-?\d+(?:\.\d+)?)\s*°?\s*,\s*(-?\d+(?:\.\d+)?)\s*°?\s*$/;

export function parseCoordinates(text: string): LatLon | undefined {
  const decimal = DECIMAL.exec(text);
  if (decimal) return { lat: Number(decimal[1]), lon: Number(decimal[2]) };
  let lat: number | undefined;
  let lon: number | undefined;
  for (const [, d, m, s, hemisphere] of text.matchAll(DMS)) {
    const value = Number(d) + Number(m ?? 0) / 60 + Number(s ?? 0) / 3600;
    const h = hemisphere.toUpperCase();
    if (h === 'N' || h === 'S') lat ??= h === 'S' ? -value : value;
    else lon ??= h === 'W' ? -value : value;
  }
  return lat === undefined || lon === undefined ? undefined : { lat, lon };
}

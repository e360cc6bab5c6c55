import { describe, expect, it } from 'vitest';
import { parseCoordinates } from '../../../../src/lib/map/parseCoordinates.ts';

describe('parseCoordinates(text)', () => {
  it.each([
    ['51°43′N 36°11′E', 51 + 43 / 60, 36 + 11 / 60],
    ['43°6′54″N 131°53′7″E', 43 + 6 / 60 + 54 / 3600, 131 + 53 / 60 + 7 / 3600],
    ['40°44′58″N 73°58′5″W', 40 + 44 / 60 + 58 / 3600, -(73 + 58 / 60 + 5 / 3600)],
    ['47° 29´ N, 19° 04´ E', 47 + 29 / 60, 19 + 4 / 60],
    ['38.9072, -77.0369', 38.9072, -77.0369],
    ['33°52′S 151°13′E', -(33 + 52 / 60), 151 + 13 / 60],
  ])('reads %s', (text, lat, lon) => {
    const got = parseCoordinates(text);
    expect(got?.lat).toBeCloseTo(lat, 6);
    expect(got?.lon).toBeCloseTo(lon, 6);
  });

  it.each(['', 'somewhere in Korea', '51°43′N', '55.7558'])('gives nothing for %j', (text) => {
    expect(parseCoordinates(text)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { findChromium } from '../../support/chromium.ts';

describe('findChromium(env, exists)', () => {
  it('takes CHROMIUM_PATH first, then Debian’s package', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome');
    expect(findChromium({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
  });

  it('says what to install when there is none', () => {
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install -y chromium.*CHROMIUM_PATH/);
  });

  it('says so when CHROMIUM_PATH points nowhere', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow(/CHROMIUM_PATH is set to \/nope/);
  });
});

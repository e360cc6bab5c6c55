/** Finds a Chromium for Playwright: CHROMIUM_PATH, or Debian's package; says what to install if none. */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for a headless Chromium on a machine with no network and no sandbox support. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(env: Record<string, string | undefined> = process.env, exists = existsSync): string {
  const named = env.CHROMIUM_PATH;
  if (named) {
    if (!exists(named)) throw new Error(`CHROMIUM_PATH is set to ${named}, but there is no file there.`);
    return named;
  }
  const found = CANDIDATES.find((candidate) => exists(candidate));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install Debian\'s package (sudo apt-get install -y chromium) ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary. Looked in: ' +
      CANDIDATES.join(', '),
  );
}

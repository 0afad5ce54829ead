/** Where Chromium is: CHROME_PATH, or Debian's package (no browser is ever downloaded). */
export function chromePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

/**
 * Headless Chromium for the tests and the benchmark. Its own update and sync traffic would
 * fail on a closed network and show as noise; none of it is the site's.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

import { existsSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is: CHROME_PATH, or Debian's package. */
export function chromePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

/**
 * Starts headless Chromium. No browser is downloaded: the suite uses the system's, and
 * fails (never skips) with the one line that fixes it when there is none.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromePath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.`,
    );
  }
  const home = mkdtempSync(path.join(tmpdir(), 'liaison-chromium-'));
  return chromium.launch({
    executablePath,
    // Chromium's own update and sync traffic would fail on a closed network and show as
    // noise; none of it is the site's.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    env: { ...process.env, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
  });
}

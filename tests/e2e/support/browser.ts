import { existsSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromePath, CHROMIUM_FLAGS } from '@/lib/serve/chromium';

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
    args: [...CHROMIUM_FLAGS],
    env: { ...process.env, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
  });
}

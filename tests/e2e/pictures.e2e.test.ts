import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { axeViolations, openPage } from './support/checks';
import { pageFileName } from './support/pages';
import { pictureProblems, picturedPages } from './support/pictures';
import { ROOT, startNginx, type RunningServer } from './support/servers';

/**
 * The map and the timeline as visitors get them from nginx (Vercel's output is checked in
 * vercel.e2e.test.ts with the same checks): on the listing and every project page, named,
 * complete and with labels that do not overlap in Chromium's own text metrics; readable
 * at a phone's and a desktop's width, in light and dark mode and in print, with
 * screenshots of each in artifacts/screenshots/pictures/ for people to look at.
 */

const PAGES = await picturedPages();
const ARTIFACTS = path.join(ROOT, 'artifacts', 'screenshots', 'pictures');
const WIDTHS = [375, 1280];
const MODES = [
  { name: 'light', colorScheme: 'light', media: 'screen' },
  { name: 'dark', colorScheme: 'dark', media: 'screen' },
  { name: 'print', colorScheme: 'light', media: 'print' },
] as const;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startNginx(), launchBrowser()]);
  await mkdir(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await Promise.all([server?.stop(), browser?.close()]);
});

describe.each(PAGES)('pictures on $path', (expected) => {
  it(`show ${expected.places} places and ${expected.bars} timeline rows at ${WIDTHS.join(' and ')} px, light, dark and in print`, async () => {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      for (const mode of MODES) {
        const { page, problems: pageProblems, close } = await openPage(browser, `${server.baseUrl}${expected.path}`, {
          viewport: { width, height: 900 },
          colorScheme: mode.colorScheme,
          waitUntil: 'load',
        });
        try {
          await page.emulateMedia({ media: mode.media, colorScheme: mode.colorScheme });
          problems.push(...[...pageProblems, ...(await pictureProblems(page, expected))].map((problem) => `${width}px ${mode.name}: ${problem}`));
          for (const picture of ['map', 'timeline']) {
            const section = page.locator(`[data-picture-section="${picture}"]`);
            if ((await section.count()) === 0) continue;
            await section.screenshot({ path: path.join(ARTIFACTS, `${pageFileName(expected.path)}-${picture}-${width}-${mode.name}.png`) });
          }
        } finally {
          await close();
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('have no axe violations in print', async () => {
    // Light and dark on screen are checked with the whole page in site.e2e.test.ts.
    const { page, close } = await openPage(browser, `${server.baseUrl}${expected.path}`, { waitUntil: 'load' });
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});

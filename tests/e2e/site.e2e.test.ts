import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { launchBrowser } from './support/browser';
import {
  axeViolations,
  horizontalOverflow,
  keyboardProblems,
  missingSecurityHeaders,
  openPage,
  statusProblems,
} from './support/checks';
import { pageFileName, sitePages } from './support/pages';
import { ROOT, startNextServer, startNginx, type RunningServer } from './support/servers';

const PAGES = await sitePages();
const { site } = await loadContent({ contentDir: path.join(ROOT, 'content') });
const WIDTHS = [320, 375, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;
const ARTIFACTS = path.join(ROOT, 'artifacts', 'screenshots');

describe.each([
  ['next start (production build)', startNextServer],
  ['nginx (static export with deploy/nginx.conf)', () => startNginx()],
])('%s', (serverName, start) => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([start(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([server?.stop(), browser?.close()]);
  });

  describe.each(PAGES)('$path', ({ path: pagePath, status }) => {
    const url = () => `${server.baseUrl}${pagePath}`;

    it(`answers ${status} with the security headers`, async () => {
      expect(await statusProblems(url(), status)).toEqual([]);
      const response = await fetch(url(), { redirect: 'manual' });
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(missingSecurityHeaders(response.headers)).toEqual([]);
      const html = await response.text();
      // The EU acknowledgement on every page, error pages included.
      expect(html).toContain('Funded by the European Union');
      expect(html).toContain(`grant agreement No ${site.grantAgreement}`);
      expect(html).toContain('Neither the European Union nor the granting authority can be held responsible for them.');
      expect(html).toMatch(/<svg[^>]*aria-label="Emblem of the European Union"/);
      if (status === 404) expect(html).toContain('Page not found');
    });

    it.each(SCHEMES)('has no axe violations, console errors or failed requests (%s scheme)', async (colorScheme) => {
      const { page, problems, close } = await openPage(browser, url(), { colorScheme, expectedStatus: status });
      try {
        expect([...problems, ...(await axeViolations(page))]).toEqual([]);
      } finally {
        await close();
      }
    });

    it('works with the keyboard alone, with visible focus', async () => {
      const { page, problems, close } = await openPage(browser, url(), { expectedStatus: status });
      try {
        expect([...problems, ...(await keyboardProblems(page))]).toEqual([]);
      } finally {
        await close();
      }
    });

    it(`fits ${WIDTHS.join(', ')} px wide without sideways scrolling, light and dark`, async () => {
      const folder = path.join(ARTIFACTS, serverName.split(' ')[0]!);
      await mkdir(folder, { recursive: true });
      const overflow: string[] = [];
      for (const width of WIDTHS) {
        for (const colorScheme of SCHEMES) {
          const { page, close } = await openPage(browser, url(), {
            viewport: { width, height: 800 },
            colorScheme,
            expectedStatus: status,
            // Layout is settled at load; waiting for the network to idle only adds time.
            waitUntil: 'load',
          });
          try {
            overflow.push(...(await horizontalOverflow(page)).map((problem) => `${width}px ${colorScheme}: ${problem}`));
            await page.screenshot({
              path: path.join(folder, `${pageFileName(pagePath)}-${width}-${colorScheme}.png`),
              fullPage: true,
            });
          } finally {
            await close();
          }
        }
      }
      expect(overflow).toEqual([]);
    });
  });

  it('redirects an address without its trailing slash to the page', async () => {
    const response = await fetch(`${server.baseUrl}/projects/upper`, { redirect: 'manual' });
    expect([301, 308]).toContain(response.status);
    expect(new URL(response.headers.get('location') ?? '', server.baseUrl).pathname).toBe('/projects/upper/');
  });
});

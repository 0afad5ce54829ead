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
import { sitePages } from './support/pages';
import { ROOT, startNginx, type RunningServer } from './support/servers';
import { htmlProblems } from '@/lib/static-export/page-problems';
import { activeContentDirectory } from '@/lib/content/layout';

const PAGES = await sitePages();
const { host } = await loadContent({ contentDir: activeContentDirectory(ROOT) });
const WIDTHS = [320, 375, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;

/**
 * The processed pages as production serves them (nginx with deploy/nginx.conf; Vercel's
 * output is checked in vercel.e2e.test.ts), in a browser with JavaScript on and with it
 * off: the pages must be the same complete site either way. Every console error fails a
 * page, so does every Content-Security-Policy violation, which Chromium reports there.
 */
describe.each([
  ['nginx, JavaScript on', true],
  ['nginx, JavaScript off', false],
])('%s', (serverName, javaScriptEnabled) => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startNginx(), launchBrowser()]);
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
      expect(html).toContain(`grant agreement No ${host.grantAgreement}`);
      expect(html).toContain('Neither the European Union nor the granting authority can be held responsible for them.');
      expect(html).toMatch(/<svg[^>]*aria-label="Emblem of the European Union"/);
      if (status === 404) expect(html).toContain('Page not found');
      // No framework script, flight data or script preload; nothing inline for the CSP to block.
      expect(htmlProblems(html)).toEqual([]);
    });

    // One page load serves both colour schemes: the scheme is switched on the open page
    // (prefers-color-scheme applies at once, as when a visitor's system changes it), and
    // axe runs again on the page as it then looks.
    if (javaScriptEnabled) {
      it(`has no axe violations, console errors or failed requests (${SCHEMES.join(' and ')} scheme)`, async () => {
        const { page, problems, close } = await openPage(browser, url(), { colorScheme: SCHEMES[0], expectedStatus: status });
        try {
          for (const colorScheme of SCHEMES) {
            await page.emulateMedia({ colorScheme });
            problems.push(...(await axeViolations(page)).map((violation) => `${colorScheme}: ${violation}`));
          }
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      });
    } else {
      // axe-core cannot run where page scripts cannot (it waits on timers). So axe checks
      // the page with JavaScript but with the enhancement modules served empty (what they
      // add is checked with JavaScript on), and the page without JavaScript must be that
      // same page, to the last node.
      it(`renders exactly the page it renders before any enhancement, with no axe violations, console errors or failed requests (${SCHEMES.join(' and ')} scheme)`, async () => {
        const withoutScripts = await openPage(browser, url(), { colorScheme: SCHEMES[0], expectedStatus: status, javaScriptEnabled: false });
        const withScripts = await openPage(browser, url(), { colorScheme: SCHEMES[0], expectedStatus: status, withoutEnhancements: true });
        try {
          const problems = [...withoutScripts.problems, ...withScripts.problems];
          for (const colorScheme of SCHEMES) {
            await Promise.all([withoutScripts.page.emulateMedia({ colorScheme }), withScripts.page.emulateMedia({ colorScheme })]);
            problems.push(...(await axeViolations(withScripts.page)).map((violation) => `${colorScheme}: ${violation}`));
            expect(await withoutScripts.page.content(), colorScheme).toBe(await withScripts.page.content());
          }
          expect(problems).toEqual([]);
        } finally {
          await Promise.all([withoutScripts.close(), withScripts.close()]);
        }
      });
    }

    it('works with the keyboard alone, with visible focus', async () => {
      const { page, problems, close } = await openPage(browser, url(), { expectedStatus: status, javaScriptEnabled });
      try {
        expect([...problems, ...(await keyboardProblems(page))]).toEqual([]);
      } finally {
        await close();
      }
    });

    // No screenshots here: the layouts worth a look are screenshotted, for a person to
    // review, by first-screen.e2e.test.ts and pictures.e2e.test.ts.
    // One page load serves every width and scheme: the window is resized and the scheme
    // switched on the open page, and the layout is measured again each time (a fresh load
    // per size cost about 190 s of the suite for the same measurement).
    it(`fits ${WIDTHS.join(', ')} px wide without sideways scrolling, light and dark`, async () => {
      const overflow: string[] = [];
      const { page, close } = await openPage(browser, url(), {
        viewport: { width: WIDTHS[0]!, height: 800 },
        colorScheme: SCHEMES[0],
        expectedStatus: status,
        javaScriptEnabled,
        // Layout is settled at load; waiting for the network to idle only adds time.
        waitUntil: 'load',
      });
      try {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          for (const colorScheme of SCHEMES) {
            await page.emulateMedia({ colorScheme });
            overflow.push(...(await horizontalOverflow(page)).map((problem) => `${width}px ${colorScheme}: ${problem}`));
          }
        }
      } finally {
        await close();
      }
      expect(overflow).toEqual([]);
    });
  });

  it('redirects an address without its trailing slash to the page', async () => {
    // Any project the content has: the editors own which ones there are.
    const project = PAGES.find((page) => page.path.startsWith('/projects/') && page.status === 200);
    expect(project, 'the content has at least one published project').toBeDefined();
    const response = await fetch(`${server.baseUrl}${project!.path.replace(/\/$/, '')}`, { redirect: 'manual' });
    expect([301, 308]).toContain(response.status);
    expect(new URL(response.headers.get('location') ?? '', server.baseUrl).pathname).toBe(project!.path);
  });
});

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '@/lib/security-headers';
import { htmlProblems } from '@/lib/static-export/page-problems';
import { filesUnder, isAdminFile, isFrameworkFile } from '@/lib/static-export/process-export';
import { launchBrowser } from './support/browser';
import { openPage } from './support/checks';
import { apiProblems, expectedFor, feedProblems, pageProblems, sitemapProblems, vercelReader } from './support/discovery';
import { sitePages } from './support/pages';
import { pictureProblems, picturedPages } from './support/pictures';
import { vercelBuild } from './support/builds';
import { ROOT, startNginx, TEST_SITE_URL } from './support/servers';
import { activeContentDirectory } from '@/lib/content/layout';

/**
 * What Vercel deploys, built offline with Vercel's own CLI in a copy of the project
 * (support/builds.ts, which reproducible-build.e2e.test.ts reads too).
 */

const PAGES = await sitePages();

let output: string;

beforeAll(async () => {
  ({ output } = await vercelBuild());
}, 300_000);

describe('vercel build (Vercel CLI, offline)', () => {
  it('holds no functions: only static files', async () => {
    expect(existsSync(path.join(output, 'functions'))).toBe(false);
    const config = JSON.parse(await readFile(path.join(output, 'config.json'), 'utf8'));
    const routes: Array<Record<string, unknown>> = config.routes ?? [];
    expect(routes.filter((route) => 'dest' in route && String(route.dest).includes('__next'))).toEqual([]);
  });

  it('holds the processed pages and nothing of the client runtime', async () => {
    const files = await filesUnder(path.join(output, 'static'));
    for (const { path: pagePath, status } of PAGES) {
      if (status === 200) expect(files).toContain(`${pagePath.slice(1)}index.html`);
    }
    expect(files).toContain('404.html');
    // The same rule as the processing's: enhancement modules are the site's own.
    expect(files.filter(isFrameworkFile)).toEqual([]);
    // The CMS at /admin/ is no page of the site: its own scripts, under its own policy.
    expect(files.filter((file) => file.endsWith('.js') && !file.startsWith('enhancements/') && !isAdminFile(file))).toEqual([]);
    expect(files).toContain('admin/decap-cms.js');
    const problems: string[] = [];
    for (const file of files.filter((name) => name.endsWith('.html') && !isAdminFile(name))) {
      const html = await readFile(path.join(output, 'static', file), 'utf8');
      problems.push(...htmlProblems(html).map((problem) => `${file}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  it('describes itself as on nginx: metadata, 1200×630 PNG social cards sent as image/png and not redirected, sitemap, robots, JSON-LD, feeds and the JSON API', async () => {
    const reader = await vercelReader(output);
    const expected = await expectedFor(activeContentDirectory(ROOT), TEST_SITE_URL);
    const { problems, socialCards } = await pageProblems(reader, expected);
    expect(socialCards.length).toBeGreaterThanOrEqual(expected.projects.length + 1);
    expect([...problems, ...(await sitemapProblems(reader, expected)), ...(await feedProblems(reader, expected)), ...(await apiProblems(reader, expected))]).toEqual([]);
  });

  it('sends the security headers of lib/security-headers.ts on every address, and the CMS at /admin/ its own', async () => {
    const config = JSON.parse(await readFile(path.join(output, 'config.json'), 'utf8'));
    const routes: Array<{ src?: string; headers?: Record<string, string> }> = config.routes ?? [];
    // What Vercel sends for an address: the headers of every route that matches it, in order.
    const sent = (address: string) =>
      Object.assign({}, ...routes.filter((route) => route.headers && route.src && new RegExp(route.src).test(address)).map((route) => route.headers)) as Record<string, string>;
    const as = (options = {}) => Object.fromEntries(securityHeaders(options).map(({ key, value }) => [key, value]));
    for (const address of ['/', '/projects/upper/', '/feeds/projects.rss', '/projects/admin/', '/no-such-page/']) {
      expect(sent(address), address).toEqual(expect.objectContaining(as()));
      expect(sent(address)['X-Robots-Tag'], address).toBeUndefined();
    }
    expect(sent('/')['Content-Security-Policy']).not.toContain('unsafe-inline');
    for (const address of ['/admin/', '/admin/config.yml', '/admin/decap-cms.js']) {
      expect(sent(address), address).toEqual(expect.objectContaining(as({ admin: true })));
    }
  });

  it('shows the map and the timeline in Chromium on the listing and every project page, drawn as in out/', async () => {
    // Vercel serves these files as they are; nginx stands in for it here, as a file server.
    const [server, browser] = await Promise.all([startNginx(path.join(output, 'static')), launchBrowser()]);
    try {
      const problems: string[] = [];
      for (const expected of await picturedPages()) {
        const { page, problems: pageProblems, close } = await openPage(browser, `${server.baseUrl}${expected.path}`, { waitUntil: 'load' });
        try {
          problems.push(...[...pageProblems, ...(await pictureProblems(page, expected))].map((problem) => `${expected.path}: ${problem}`));
        } finally {
          await close();
        }
        // A second build of the same content (the copy's) draws the same map, byte for byte.
        const file = `${expected.path.slice(1)}index.html`;
        const map = (html: string) => /<section[^>]*data-picture-section="map"[\s\S]*?<\/section>/.exec(html)?.[0];
        const ours = map(await readFile(path.join(ROOT, 'out', file), 'utf8'));
        expect(ours, `out/${file} has a map`).toBeDefined();
        if (map(await readFile(path.join(output, 'static', file), 'utf8')) !== ours) problems.push(`${expected.path}: the map differs from the one in out/`);
      }
      expect(problems).toEqual([]);
    } finally {
      await Promise.all([server.stop(), browser.close()]);
    }
  });
});

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { apiProblems, expectedFor, feedProblems, httpReader, pageProblems, sitemapProblems, type Expected, type SiteReader } from './support/discovery';
import { ROOT, startNginx, TEST_SITE_URL, type RunningServer } from './support/servers';
import { activeContentDirectory } from '@/lib/content/layout';
import { projectPath } from '@/lib/routes';

/**
 * How the site describes itself to search engines, link previews and partner sites, on
 * nginx serving the processed out/ with deploy/nginx.conf (`npm run test:e2e` builds it
 * with SITE_URL=${TEST_SITE_URL}). Vercel's output gets the same checks in
 * vercel.e2e.test.ts, a base-path build with a draft in variants.e2e.test.ts.
 */

const ARTIFACTS = path.join(ROOT, 'artifacts', 'screenshots', 'social-cards');
const expected: Expected = await expectedFor(activeContentDirectory(ROOT), TEST_SITE_URL);

describe('nginx serving out/: metadata, social cards, sitemap, robots, JSON-LD, feeds and the JSON API', () => {
  let nginx: RunningServer;
  let reader: SiteReader;

  beforeAll(async () => {
    nginx = await startNginx();
    reader = httpReader(nginx.baseUrl);
    const home = (await (await fetch(`${nginx.baseUrl}/`)).text()).match(/<link rel="canonical" href="([^"]*)"/)?.[1];
    if (home !== `${TEST_SITE_URL}/`) {
      throw new Error(`out/ was built for ${home ?? 'no address'}; build it with SITE_URL=${TEST_SITE_URL} npm run build (npm run test:e2e does).`);
    }
  });
  afterAll(async () => {
    await nginx?.stop();
  });

  it('gives every page its own title, description and canonical address, its tags, a 1200×630 PNG card and JSON-LD with the fields', async () => {
    const { problems, socialCards } = await pageProblems(reader, expected);
    expect(problems).toEqual([]);
    // The listing's card and one per project at least (pages may share the listing's).
    expect(socialCards.length).toBeGreaterThanOrEqual(expected.projects.length + 1);
  });

  it('has a well-formed sitemap of exactly the public pages, and robots points at it', async () => {
    expect(await sitemapProblems(reader, expected)).toEqual([]);
  });

  it('has RSS, Atom and JSON feeds that parse and list every published project', async () => {
    expect(await feedProblems(reader, expected)).toEqual([]);
  });

  it('has a JSON API that validates against the schema it publishes', async () => {
    expect(await apiProblems(reader, expected)).toEqual([]);
  });

  it('shows the listing card and a project card as a browser draws them (screenshots for people)', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const project = expected.projects[0];
    expect(project, 'the content has at least one published project').toBeDefined();
    const pages = { listing: '/', project: projectPath(project!.slug) };
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1200, height: 630 } });
      const page = await context.newPage();
      for (const [name, pagePath] of Object.entries(pages)) {
        const html = await (await fetch(`${nginx.baseUrl}${pagePath}`)).text();
        const card = html.match(/<meta property="og:image" content="([^"]*)"/)?.[1] ?? '';
        const response = await page.goto(`${nginx.baseUrl}${card.slice(TEST_SITE_URL.length)}`);
        expect(response?.status()).toBe(200);
        expect(await page.evaluate(() => [document.images[0]?.naturalWidth, document.images[0]?.naturalHeight])).toEqual([1200, 630]);
        await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
      }
      await context.close();
    } finally {
      await browser.close();
    }
  });
});

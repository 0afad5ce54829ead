import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '@/bench/generate-content';
import { loadContent } from '@/lib/content/load';
import { listingPageCount, projectsWithTheme } from '@/lib/content/listing';
import { contentPages, listingPagePath, projectPath, themePath } from '@/lib/routes';
import type { Content } from '@/lib/content/types';
import { BUDGETS, gzipBytes } from '@/lib/static-export/budgets';
import { firstFlightPages, firstFlights, firstFlightTable, overFirstFlight } from '@/bench/first-flight';
import { launchBrowser } from './support/browser';
import { openPage } from './support/checks';
import { scaleProjectText } from './support/scale-content';
import { makeVariant, ROOT, runIn, startNginx, type RunningServer } from './support/servers';

/**
 * The site at 1000 projects, built once from a fixture host (tests/fixtures/scale: a host
 * and a model project at the long end of what editors write, never the editors' own
 * content/) and 1000 copies of the model (bench/generate-content.ts), each with its own
 * long text (support/scale-content.ts): every listing and theme page stays within its HTML
 * budget, the search index and the enhancement modules within theirs, every page type
 * paints from the first flight (HTML, CSS and headers within 14 KB, issue 20), every page
 * is built, and the filter finds a project on the last listing page from the second.
 */

const COUNT = 1000;
let out: string;
let content: Content;
let nginx: RunningServer;

beforeAll(async () => {
  const fixture = path.join(ROOT, 'tests', 'fixtures', 'scale', 'content');
  const contentDir = await generateContent(fixture, path.join(tmpdir(), 'liaison-content-1000'), COUNT, scaleProjectText);
  content = await loadContent({ contentDir });
  const folder = await makeVariant('scale-1000');
  runIn(folder, 'npm', ['run', '--silent', 'build'], { LIAISON_CONTENT_DIR: contentDir });
  out = path.join(folder, 'out');
  nginx = await startNginx(out);
}, 600_000);

afterAll(async () => {
  await nginx?.stop();
});

const file = (address: string) => path.join(out, address, 'index.html');

describe(`the site built from ${COUNT} generated projects`, () => {
  it('builds every project page, theme page and listing page', () => {
    expect(content.projects).toHaveLength(COUNT);
    const addresses = [...content.projects.map((project) => projectPath(project.slug)), ...contentPages(content.themes, content.projects)];
    expect(addresses.filter((address) => !existsSync(file(address)))).toEqual([]);
    expect(listingPageCount(COUNT)).toBeGreaterThan(1);
  });

  it(`keeps every listing page and theme page within ${BUDGETS.listingPageHtml} B of gzipped HTML`, async () => {
    const pages = [
      ...Array.from({ length: listingPageCount(COUNT) }, (_, index) => listingPagePath(index + 1)),
      ...content.themes.flatMap((theme) =>
        Array.from({ length: listingPageCount(projectsWithTheme(content.projects, theme.id).length) }, (_, index) => themePath(theme.id, index + 1)),
      ),
    ];
    const sizes = await Promise.all(pages.map(async (address) => [address, gzipBytes(await readFile(file(address)))] as const));
    console.log(`Largest listing or theme page: ${Math.max(...sizes.map(([, bytes]) => bytes))} B gzipped, of ${pages.length} pages`);
    expect(sizes.filter(([, bytes]) => bytes > BUDGETS.listingPageHtml)).toEqual([]);
  });

  it(`keeps the search index within ${BUDGETS.searchIndexPerProject} B per project and each module within ${BUDGETS.enhancementModule} B`, async () => {
    const index = await readFile(path.join(out, 'search-index.json'));
    const modules = (await readdir(path.join(out, 'enhancements'))).filter((name) => name.endsWith('.js')).sort();
    const moduleSizes = await Promise.all(modules.map(async (name) => [name, gzipBytes(await readFile(path.join(out, 'enhancements', name)))] as const));
    console.log(`Search index at ${COUNT} projects: ${index.length} B, ${gzipBytes(index)} B gzipped; modules gzipped: ${moduleSizes.map(([name, bytes]) => `${name} ${bytes} B`).join(', ')}`);
    expect(JSON.parse(index.toString()).projects).toHaveLength(COUNT);
    expect(index.length).toBeLessThanOrEqual(BUDGETS.searchIndexPerProject * COUNT);
    expect(modules).toEqual(['explore.js', 'status.js']);
    expect(moduleSizes.filter(([, bytes]) => bytes > BUDGETS.enhancementModule)).toEqual([]);
  });

  it(`paints every page type from the first flight: HTML, CSS and headers within ${BUDGETS.firstFlight} B`, async () => {
    const pages = firstFlightPages(content);
    // Every type: the listing, its later pages, project pages, the themes index, a theme's first and later pages, accessibility, 404.
    expect(pages).toHaveLength(9);
    const flights = await firstFlights(nginx.baseUrl, pages);
    console.log(`First flight at ${COUNT} projects:\n${firstFlightTable(flights)}`);
    expect(flights.map((flight) => flight.status)).toEqual([...pages.slice(0, -1).map(() => 200), 404]);
    expect(overFirstFlight(flights)).toEqual([]);
  });

  it('filters every project from any listing page, through the index', async () => {
    const browser = await launchBrowser();
    try {
      const last = content.projects.at(-1)!;
      const { page, problems, close } = await openPage(browser, `${nginx.baseUrl}/page/2/`);
      try {
        expect(await page.getByRole('heading', { name: last.title }).count()).toBe(0);
        await page.getByRole('searchbox', { name: 'Search' }).fill(last.title);
        await expect.poll(() => page.locator('[role="status"]').innerText()).toBe('1 project matches these filters.');
        expect(await page.locator('article:visible h2').allInnerTexts()).toEqual([last.title]);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    } finally {
      await browser.close();
    }
  });
});

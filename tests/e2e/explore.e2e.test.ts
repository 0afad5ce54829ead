import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstFlightPages, firstFlights, firstFlightTable, overFirstFlight } from '@/bench/first-flight';
import { loadContent } from '@/lib/content/load';
import { BUDGETS } from '@/lib/static-export/budgets';
import { filesUnder } from '@/lib/static-export/process-export';
import { launchBrowser } from './support/browser';
import { axeViolations } from './support/checks';
import { makeVariant, ROOT, runIn, startNginx, type RunningServer } from './support/servers';

/**
 * Finding one's way and seeing the connections, in Chromium, on both production targets,
 * with JavaScript and without: theme pages, the status corrected on the day the page is
 * read, filter and search with the state in the address, related projects and the
 * synergies with the host. One build, by Vercel's CLI (`vercel build` runs `npm run
 * build`), of fixture content (tests/fixtures/site plus tests/fixtures/explore) on a day
 * in the past, 2026-12-15; nginx with deploy/nginx.conf serves its `out/`. The static
 * files of its `.vercel/output/`, what Vercel deploys, must be those same files byte for
 * byte: then every check below holds for them too, without running it twice (the second
 * run cost about 55 s of the suite). The same build holds a small site's every page type
 * to the first flight (issue 20); tests/e2e/scale.e2e.test.ts does at 1000 projects.
 */

const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const VERCEL_BIN = path.join(ROOT, 'node_modules', '.bin', 'vercel');
const BUILD_DAY = '2026-12-15';

let folder: string;
let browser: Browser;
const servers: Record<string, RunningServer> = {};

beforeAll(async () => {
  folder = await makeVariant('explore');
  await rm(path.join(folder, 'content'), { recursive: true });
  await cp(path.join(FIXTURES, 'site', 'content'), path.join(folder, 'content'), { recursive: true });
  await cp(path.join(FIXTURES, 'explore', 'content'), path.join(folder, 'content'), { recursive: true });
  await cp(path.join(FIXTURES, 'site', 'public', 'logos'), path.join(folder, 'public', 'logos'), { recursive: true });
  await mkdir(path.join(folder, '.vercel'), { recursive: true });
  await writeFile(
    path.join(folder, '.vercel', 'project.json'),
    JSON.stringify({ projectId: 'prj_liaison_test', orgId: 'team_liaison_test', settings: { createdAt: Date.now(), framework: 'nextjs', installCommand: '' } }),
  );
  runIn(folder, VERCEL_BIN, ['build', '--yes'], { VERCEL_TELEMETRY_DISABLED: '1', LIAISON_TODAY: BUILD_DAY });
  [servers.nginx, browser] = await Promise.all([startNginx(path.join(folder, 'out')), launchBrowser()]);
}, 300_000);

afterAll(async () => {
  await Promise.all([...Object.values(servers).map((server) => server.stop()), browser?.close()]);
});

/** A page in a fresh context, optionally with the clock fixed; fails on console errors and failed requests. */
async function visit(url: string, { javaScriptEnabled = true, now }: { javaScriptEnabled?: boolean; now?: string } = {}) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => void (response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`)));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  if (now) await page.clock.setFixedTime(new Date(now));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, problems, requests, close: () => context.close() };
}

const cardTitles = (page: Page, scope = 'main') => page.locator(`${scope} article:visible h2`).allInnerTexts();
const statusOf = (page: Page, title: string) =>
  page.locator('article', { has: page.getByRole('heading', { name: title, exact: true }) }).locator('div:has(> dt:text-is("Status:")):visible dd').allInnerTexts();
/** The timeline's today marker: its day, where it stands, and where the axis puts that day. */
const todayMarker = (page: Page) =>
  page.locator('svg[data-picture="timeline"]').evaluate((svg: SVGSVGElement) => {
    const marker = svg.querySelector<SVGGElement>('[data-today-marker]')!;
    const day = marker.dataset.todayMarker!;
    const [start, end, now] = [svg.dataset.axisStart!, svg.dataset.axisEnd!, day].map((iso) => Date.parse(iso));
    const onAxis = now! >= start! && now! < end!;
    return {
      day,
      axisEnd: svg.dataset.axisEnd,
      hidden: marker.getAttribute('visibility') === 'hidden',
      x: Number(marker.querySelector('line')!.getAttribute('x1')),
      expectedX: onAxis ? Math.round(((now! - start!) / (end! - start!)) * svg.viewBox.baseVal.width * 10) / 10 : undefined,
    };
  });
const announced = (page: Page) => page.locator('[role="status"]').innerText();

it('deploys on Vercel the very files nginx serves from out/, byte for byte', async () => {
  const fingerprints = async (root: string) => {
    const files = await filesUnder(root);
    return new Map(await Promise.all(files.map(async (file) => [file, createHash('sha256').update(await readFile(path.join(root, file))).digest('hex')] as const)));
  };
  const [out, vercel] = await Promise.all([fingerprints(path.join(folder, 'out')), fingerprints(path.join(folder, '.vercel', 'output', 'static'))]);
  expect([...out.keys()].filter((file) => file.endsWith('.html')).length).toBeGreaterThanOrEqual(10);
  expect(vercel).toEqual(out);
});

describe('nginx serving out/', () => {
  const url = (address: string) => `${servers.nginx!.baseUrl}${address}`;

  describe.each([
    ['JavaScript on', true],
    ['JavaScript off', false],
  ])('%s', (_mode, javaScriptEnabled) => {
    it('has a themes index and a page per theme, linked from cards and project pages', async () => {
      const { page, problems, close } = await visit(url('/'), { javaScriptEnabled });
      try {
        // A theme name on a card leads to the theme's page, which lists its projects.
        await page.locator('article', { has: page.getByRole('heading', { name: 'DELTA' }) }).getByRole('link', { name: 'Walking and cycling' }).click();
        await page.waitForURL(/\/themes\/active-mobility\/$/);
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Walking and cycling');
        expect(await page.locator('main header').innerText()).toContain('Streets for feet and bikes.');
        expect((await cardTitles(page)).sort()).toEqual(['DELTA', 'GAMMA']);
        await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Themes' }).click();
        await page.waitForURL(/\/themes\/$/);
        expect(await page.locator('main h2').allInnerTexts()).toEqual(['Public transport', 'Walking and cycling', 'Climate-neutral cities']);
        expect(await page.locator('main').innerText()).toContain('Cities with net-zero emissions.');
        await page.goto(url('/projects/alpha/'));
        await page.getByRole('region', { name: 'Key facts' }).getByRole('link', { name: 'Climate-neutral cities' }).click();
        await page.waitForURL(/\/themes\/climate-neutrality\/$/);
        expect(await cardTitles(page)).toEqual(['ALPHA']);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });

    it('shows related projects with the reason, and what each project shares with the host', async () => {
      const { page, problems, close } = await visit(url('/projects/alpha/'), { javaScriptEnabled });
      try {
        const related = page.getByRole('region', { name: 'Related projects' });
        expect((await related.locator('li').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '))).toEqual([
          'GAMMA: Île-de-France Tram Lab Shares 1 theme: Public transport; and 1 city: Oslo.',
        ]);
        await related.getByRole('link', { name: 'GAMMA' }).click();
        await page.waitForURL(/\/projects\/gamma\/$/);
        const withHost = page.getByRole('region', { name: 'With HOST' });
        expect(await withHost.locator('dt').allInnerTexts()).toEqual(['Shared themes', 'Shared cities', 'Joint activities']);
        expect((await withHost.locator('dd').allInnerTexts()).map((text) => text.replace(/ *\n */g, '\n').replace(/ \n\(/g, ' ('))).toEqual([
          'Public transport\nWalking and cycling',
          'Oslo (Norway), Tallinn (Estonia)',
          'Joint webinar on tram stops\n(external site)\n(May 2026)\nShared study visit',
        ]);
        expect(await withHost.getByRole('link', { name: /Joint webinar/ }).getAttribute('href')).toBe('https://gamma.example.org/webinar');
        // The listing sums it up from the same content.
        await page.goto(url('/'));
        expect(await page.locator('main').innerText()).toContain('3 projects share 2 cities and 2 themes with HOST; 2 joint activities.');
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  });

  it('without JavaScript, the listing shows every project, the status of its build day, and links to the theme pages', async () => {
    const { page, problems, close } = await visit(url('/'), { javaScriptEnabled: false, now: '2027-01-15T10:00:00' });
    try {
      expect(await cardTitles(page)).toEqual(['ALPHA', 'Beta', 'DELTA', 'GAMMA']);
      expect(await page.getByRole('search').count()).toBe(0);
      // The theme pages are folded under one line; the keyboard opens it and follows a link.
      const themes = page.getByRole('navigation', { name: 'Themes' });
      expect(await themes.isVisible()).toBe(false);
      await page.getByText('Browse by theme').focus();
      await page.keyboard.press('Enter');
      expect(await themes.getByRole('link').count()).toBe(4);
      await themes.getByRole('link', { name: 'Walking and cycling' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/themes\/active-mobility\/$/);
      expect((await cardTitles(page)).sort()).toEqual(['DELTA', 'GAMMA']);
      await page.goBack();
      expect(await statusOf(page, 'ALPHA')).toEqual(['Ongoing']);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('corrects the status on the day the page is read, from the dates in the page', async () => {
    // Built on 15 December 2026, read on 15 January 2027: ALPHA ended on 31 December.
    for (const address of ['/', '/themes/public-transport/']) {
      const { page, problems, close } = await visit(url(address), { now: '2027-01-15T10:00:00' });
      try {
        expect(await statusOf(page, 'ALPHA')).toEqual(['Completed']);
        expect(await statusOf(page, 'GAMMA')).toEqual(['Planned']);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    }
    const { page, problems, close } = await visit(url('/projects/alpha/'), { now: '2027-01-15T10:00:00' });
    try {
      expect(await page.getByRole('region', { name: 'Key facts' }).locator('div:has(> dt:text-is("Status")) dd').innerText()).toBe('Completed');
      // The timeline's "today" marker follows the reader's day: 15 January 2027 is past the
      // end of ALPHA's axis (it ends with 2026), so the marker is hidden, and says so.
      expect(await todayMarker(page)).toEqual({ day: '2027-01-15', axisEnd: '2027-01-01', hidden: true, expectedX: undefined, x: expect.any(Number) });
      expect(await page.locator('svg[data-picture="timeline"] desc').textContent()).toMatch(/Today, 15 January 2027, is outside the period shown\.$/);
      await page.clock.setFixedTime(new Date('2028-06-01T10:00:00'));
      await page.goto(url('/projects/gamma/'));
      expect(await page.getByRole('region', { name: 'Key facts' }).locator('div:has(> dt:text-is("Status")) dd').innerText()).toBe('Ongoing');
      // On GAMMA's axis, 1 June 2028 is drawn: the marker stands where the build's rule puts that day.
      const marker = await todayMarker(page);
      expect(marker).toMatchObject({ day: '2028-06-01', hidden: false });
      expect(marker.x).toBe(marker.expectedX);
      expect(await page.locator('svg[data-picture="timeline"] desc').textContent()).toMatch(/The marked day is 1 June 2028\.$/);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each([412, 1280])('moves nothing once the listing has painted, even when the filter module comes late (%i px wide)', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 823 } });
    const page = await context.newPage();
    try {
      // The module arrives well after the first paint, as on a slow phone network.
      await page.route('**/enhancements/explore.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        await route.continue();
      });
      await page.addInitScript(() => {
        const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
        new PerformanceObserver((entries) => {
          for (const entry of entries.getEntries() as Array<PerformanceEntry & { value: number }>) shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(url('/'), { waitUntil: 'networkidle' });
      // The module has run: the form is there, the theme links are not.
      await page.getByRole('search', { name: 'Filter projects' }).waitFor();
      expect(await page.getByText('Browse by theme').isVisible()).toBe(false);
      expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('filters by theme, status and text as the visitor chooses, with the state in the address', async () => {
    const { page, problems, requests, close } = await visit(url('/'), { now: '2027-01-15T10:00:00' });
    try {
      // The index comes on first use, not with the page.
      expect(requests).not.toContain('/search-index.json');
      const search = page.getByRole('search', { name: 'Filter projects' });
      // With the module, the form replaces the folded links to theme pages; its themes
      // and statuses are folded too, and the keyboard opens them.
      expect(await page.getByText('Browse by theme').isVisible()).toBe(false);
      expect(await search.getByRole('checkbox', { name: 'Walking and cycling' }).isVisible()).toBe(false);
      await search.getByText('Themes and status').focus();
      await page.keyboard.press('Enter');
      await search.getByRole('checkbox', { name: 'Walking and cycling' }).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => announced(page)).toBe('2 projects match these filters.');
      expect(requests).toContain('/search-index.json');
      expect(await cardTitles(page)).toEqual(['DELTA', 'GAMMA']);
      expect(new URL(page.url()).search).toBe('?theme=active-mobility');
      await search.getByRole('checkbox', { name: 'Public transport' }).check();
      await expect.poll(() => cardTitles(page)).toEqual(['ALPHA', 'DELTA', 'GAMMA']);
      // The status on today's date: ALPHA and DELTA have ended.
      await search.getByRole('checkbox', { name: 'Completed' }).check();
      await expect.poll(() => cardTitles(page)).toEqual(['ALPHA', 'DELTA']);
      expect(new URL(page.url()).search).toBe('?theme=public-transport&theme=active-mobility&status=completed');
      expect(await axeViolations(page)).toEqual([]);
      // Back and forward step through the choices.
      await page.goBack();
      await expect.poll(() => cardTitles(page)).toEqual(['ALPHA', 'DELTA', 'GAMMA']);
      expect(await search.getByRole('checkbox', { name: 'Completed' }).isChecked()).toBe(false);
      await page.goForward();
      await expect.poll(() => cardTitles(page)).toEqual(['ALPHA', 'DELTA']);
      // Free text ignores case and accents, and searches the full name, coordinator and cities.
      await search.getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(() => cardTitles(page)).toEqual(['ALPHA', 'Beta', 'DELTA', 'GAMMA']);
      await search.getByRole('searchbox', { name: 'Search' }).focus();
      await page.keyboard.type('ile');
      await expect.poll(() => cardTitles(page)).toEqual(['GAMMA']);
      expect(await announced(page)).toBe('1 project matches these filters.');
      for (const [text, titles] of [['REGIE', ['GAMMA']], ['tallinn', ['GAMMA']], ['valencia', ['ALPHA']], ['climate-neutral', ['ALPHA']]] as const) {
        await search.getByRole('searchbox', { name: 'Search' }).fill(text);
        await expect.poll(() => cardTitles(page)).toEqual(titles);
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reopens a shared link, and offers a reset on an empty result', async () => {
    const { page, problems, close } = await visit(url('/?q=%C3%8Ele&theme=active-mobility'));
    try {
      const search = page.getByRole('search', { name: 'Filter projects' });
      await expect.poll(() => cardTitles(page)).toEqual(['GAMMA']);
      // The address chose a theme, so the folded themes and statuses open by themselves.
      expect(await search.getByRole('checkbox', { name: 'Walking and cycling' }).isVisible()).toBe(true);
      expect(await search.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('Île');
      expect(await search.getByRole('checkbox', { name: 'Walking and cycling' }).isChecked()).toBe(true);
      await search.getByRole('searchbox', { name: 'Search' }).fill('no such project');
      await expect.poll(() => announced(page)).toBe('No project matches these filters.');
      expect(await cardTitles(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Clear filters and show all projects' }).click();
      await expect.poll(() => cardTitles(page)).toEqual(['ALPHA', 'Beta', 'DELTA', 'GAMMA']);
      expect(new URL(page.url()).search).toBe('');
      // Result cards link to the projects and their themes like the listing's own cards.
      await search.getByRole('searchbox', { name: 'Search' }).fill('delta');
      await expect.poll(() => cardTitles(page)).toEqual(['DELTA']);
      await page.locator('article:visible').getByRole('link', { name: 'DELTA', exact: true }).click();
      await page.waitForURL(/\/projects\/delta\/$/);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('has no axe violations on a theme page', async () => {
    const { page, problems, close } = await visit(url('/themes/public-transport/'));
    try {
      expect([...problems, ...(await axeViolations(page))]).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the first flight of a small site (four projects)', () => {
  it(`paints every page type from the first flight: HTML, CSS and headers within ${BUDGETS.firstFlight} B`, async () => {
    const pages = firstFlightPages(await loadContent({ contentDir: path.join(folder, 'content') }));
    expect(pages).toEqual(['/', ...['alpha', 'beta', 'delta', 'gamma'].map((slug) => `/projects/${slug}/`), '/themes/', '/themes/public-transport/', '/accessibility/', '/no-such-page/']);
    const flights = await firstFlights(servers.nginx!.baseUrl, pages);
    console.log(`First flight of the explore fixture:\n${firstFlightTable(flights)}`);
    expect(flights.map((flight) => flight.status)).toEqual([...pages.slice(0, -1).map(() => 200), 404]);
    expect(overFirstFlight(flights)).toEqual([]);
  });
});

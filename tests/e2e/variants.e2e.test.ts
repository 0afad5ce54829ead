import { chmod, cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlProblems } from '@/lib/static-export/page-problems';
import { activeContentDirectory } from '@/lib/content/layout';
import { parseMarkdownFile } from '@/lib/content/frontmatter';
import { ADOPTER_FLAGS, asArgs } from '../helpers/adopter';
import { launchBrowser } from './support/browser';
import { axeViolations, openPage } from './support/checks';
import { pagesBuildStep } from './support/pages-workflow';
import { sitePages } from './support/pages';
import { checkLinks } from './support/static-checks';
import { apiProblems, expectedFor, feedProblems, httpReader, pageProblems, sitemapProblems } from './support/discovery';
import { makeVariant, ROOT, runIn, startDevServer, startNginx, type RunningServer } from './support/servers';

/**
 * The site built with other settings, in `.variants/`: adopted by a new host, with a draft
 * among the projects, a base path for hosts that serve it from a sub-folder, and a fixture
 * enhancement module on a fixture page, to prove the enhancement pipeline end to end
 * without shipping a module.
 */

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'enhancement-probe');

const DRAFT_TITLE = 'Probe Draft Initiative';
const DRAFT_FILE = 'probe-draft.md';
const draft = (summary: string) => `---
title: ${DRAFT_TITLE}
summary: ${summary}
website: https://probe.example.org/
sources: [https://probe.example.org/]
reviewed: 2026-11-01
listed: 2026-11-01
draft: true
---
Not for the public yet.
`;

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Files under `folder` that mention the draft, by title or by address, or are named after it (its social card). */
async function filesMentioningDraft(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesUnder(folder)) {
    const text = await readFile(file, 'latin1');
    if (text.includes(DRAFT_TITLE) || text.includes('probe-draft') || path.relative(folder, file).includes('probe-draft')) found.push(path.relative(folder, file));
  }
  return found;
}

const ADOPTER = ADOPTER_FLAGS;
/** A colour of the adopter's own, which the check accepts (lib/content/contrast.ts). */
const ADOPTER_COLOUR = { hex: '#1a7f37', rgb: 'rgb(26, 127, 55)' };
const PUBLISHED = `---
title: RAILBRIDGE
fullName: Rail Bridges for Regions
summary: A partner project of the adopter, published.
website: https://railbridge.example.eu/
themes: [public-transport]
sources: [https://railbridge.example.eu/]
reviewed: 2026-11-01
listed: 2026-11-01
---
It works with the adopter.
`;

/** The example host's name, grant number and website (from content/example/site.md): an adopted site must carry none. */
async function exampleHostTraces(): Promise<RegExp[]> {
  const parsed = parseMarkdownFile(await readFile(path.join(ROOT, 'content', 'example', 'site.md')), 'site.md');
  if (!parsed.ok) throw new Error('content/example/site.md cannot be read');
  const { name, grantAgreement, website } = parsed.file.data as Record<string, string>;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [new RegExp(`\\b${escape(String(name))}\\b`), new RegExp(escape(String(grantAgreement))), new RegExp(escape(new URL(String(website)).host.replace(/^www\./, '')), 'i')];
}

/** Files that are text: every file without a NUL byte (PNG cards and other pictures have them). */
async function textFilesUnder(folder: string): Promise<Array<{ file: string; text: string }>> {
  const found: Array<{ file: string; text: string }> = [];
  for (const file of await filesUnder(folder)) {
    const bytes = await readFile(file);
    if (!bytes.includes(0)) found.push({ file: path.relative(folder, file), text: bytes.toString('utf8') });
  }
  return found;
}

/**
 * The site as a new host gets it: a copy adopted with `npm run adopt` and flags, with a
 * colour and a logo of its own, one published project, a draft, and the fixture
 * enhancement, built by the GitHub Pages workflow's own build step for a repository named
 * "liaison" (BASE_PATH=/liaison) and served from that sub-folder as Pages does.
 */
describe('an adopted copy built as .github/workflows/pages.yml builds it, with a draft, a base path and an enhancement', () => {
  let folder: string;
  let contentDir: string;
  let nginx: RunningServer;
  let build: { command: string; env: Record<string, string> };

  beforeAll(async () => {
    folder = await makeVariant('adopted-pages');
    runIn(folder, 'npm', ['run', '--silent', 'adopt', '--', ...asArgs(ADOPTER)]);
    contentDir = activeContentDirectory(folder);
    const site = await readFile(path.join(contentDir, 'site.md'), 'utf8');
    await writeFile(path.join(contentDir, 'site.md'), site.replace(/\n---\n/, `\ncolour: "${ADOPTER_COLOUR.hex}"\nlogo: /logos/tramlink.svg\n---\n`));
    await mkdir(path.join(folder, 'public', 'logos'), { recursive: true });
    await writeFile(path.join(folder, 'public', 'logos', 'tramlink.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="18" fill="#1a7f37"/></svg>\n');
    await writeFile(path.join(contentDir, 'projects', 'railbridge.md'), PUBLISHED);
    await writeFile(path.join(contentDir, 'projects', DRAFT_FILE), draft('A draft nobody should see.'));
    await cp(FIXTURE, folder, { recursive: true });
    build = await pagesBuildStep({ owner: 'example-owner', repository: 'liaison' });
    runIn(folder, 'sh', ['-c', build.command], build.env);
    // Serve it the way a host serves a sub-folder: out/ appears at /liaison/.
    const served = await mkdtemp(path.join(tmpdir(), 'liaison-subfolder-'));
    await chmod(served, 0o755); // nginx's workers run as another user
    await symlink(path.join(folder, 'out'), path.join(served, 'liaison'));
    nginx = await startNginx(served);
  }, 600_000); // adopt, then a full build: minutes on a busy 2-core machine
  afterAll(async () => {
    await nginx?.stop();
  });

  it('took the base path and the address from the workflow, as GitHub Pages sets them for the repository', () => {
    expect(build).toEqual({ command: 'npm run build', env: expect.objectContaining({ BASE_PATH: '/liaison', SITE_URL: 'https://example-owner.github.io' }) });
  });

  it('carries nothing of the example host in any text file: not its name, grant number or website', async () => {
    const traces = await exampleHostTraces();
    const files = await textFilesUnder(path.join(folder, 'out'));
    // Pages, feeds, the API, the sitemap and the JSON-LD inside pages are all text files here.
    expect(files.map(({ file }) => file)).toEqual(expect.arrayContaining(['index.html', '404.html', 'feeds/projects.rss', 'api/projects.json', 'sitemap.xml', 'projects/railbridge/index.html']));
    const found = files.flatMap(({ file, text }) => traces.filter((trace) => trace.test(text)).map((trace) => `${file}: ${trace}`));
    expect(found).toEqual([]);
    // And it does name the adopter, with its funding line.
    const home = files.find(({ file }) => file === 'index.html')!.text;
    expect(home).toContain(ADOPTER.name);
    expect(home).toContain(`grant agreement No ${ADOPTER.grant}`);
  });

  it('is axe-clean on every page in both schemes with the host colour, which writes its name', async () => {
    const browser = await launchBrowser();
    try {
      // The published pages, and the site's 404 page as a file: for a missing address in the
      // sub-folder, the unchanged deploy/nginx.conf answers with nginx's own (README, "Deploy").
      const pages = [...(await sitePages(contentDir)).filter((page) => page.status === 200), { path: '/404.html', status: 200 as const }];
      for (const { path: pagePath, status } of pages) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const url = `${nginx.baseUrl}/liaison${pagePath}`;
          const { page, problems, close } = await openPage(browser, url, { colorScheme, expectedStatus: status });
          try {
            const name = page.locator('header a span span').first();
            expect(await name.textContent()).toBe(ADOPTER.name);
            expect(await name.evaluate((element) => getComputedStyle(element).color)).toBe(ADOPTER_COLOUR.rgb);
            expect(await page.locator('header img').getAttribute('src')).toBe('/liaison/logos/tramlink.svg');
            expect([`${pagePath} (${colorScheme})`, ...problems, ...(await axeViolations(page))]).toEqual([`${pagePath} (${colorScheme})`]);
          } finally {
            await close();
          }
        }
      }
    } finally {
      await browser.close();
    }
  }, 600_000); // every page twice, with axe: minutes on a busy machine

  it('publishes nothing of the draft: no page, card, link or data (sitemap, feeds and API included)', async () => {
    expect(await filesMentioningDraft(path.join(folder, 'out'))).toEqual([]);
    expect(await filesMentioningDraft(path.join(folder, '.next', 'server'))).toEqual([]);
  });

  it('describes itself with the base path in every address: canonical, cards, sitemap, robots, JSON-LD, feeds and the JSON API', async () => {
    const reader = httpReader(nginx.baseUrl);
    const expected = await expectedFor(contentDir, build.env.SITE_URL!, '/liaison');
    expect(expected.projects.map((project) => project.slug)).not.toContain('probe-draft');
    const { problems } = await pageProblems(reader, expected);
    expect([...problems, ...(await sitemapProblems(reader, expected)), ...(await feedProblems(reader, expected)), ...(await apiProblems(reader, expected))]).toEqual([]);
  });

  it('serves every page and asset from the sub-folder with no broken link', async () => {
    const { checked, broken } = await checkLinks(nginx.baseUrl, '/liaison/');
    expect(broken).toEqual([]);
    // Every published page and the stylesheet.
    const published = (await sitePages(contentDir)).filter((page) => page.status === 200).length;
    expect(checked).toBeGreaterThanOrEqual(published + 1);
    const home = await (await fetch(`${nginx.baseUrl}/liaison/`)).text();
    const ownLinks = [...home.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1]);
    expect(ownLinks.length).toBeGreaterThan(5);
    expect(ownLinks.filter((link) => !link?.startsWith('/liaison/'))).toEqual([]);
  });

  it('keeps the marked enhancement, bundled into one module, and drops every other script', async () => {
    const html = await (await fetch(`${nginx.baseUrl}/liaison/enhancement-probe/`)).text();
    expect(htmlProblems(html, { basePath: '/liaison' })).toEqual([]);
    expect([...html.matchAll(/<script[^>]*>/g)].map((match) => match[0])).toEqual([
      '<script type="module" src="/liaison/enhancements/probe.js" data-enhancement="probe">',
    ]);
    const bundle = await fetch(`${nginx.baseUrl}/liaison/enhancements/probe.js`);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    const code = await bundle.text();
    expect(code).not.toMatch(/\bimport\b/);
    expect(code).toContain('enhanced');
    expect(gzipSync(code).length).toBeLessThanOrEqual(5 * 1024);
  });

  it('runs the enhancement under the strict Content-Security-Policy, with no console error', async () => {
    const browser = await launchBrowser();
    try {
      const { page, problems, close } = await openPage(browser, `${nginx.baseUrl}/liaison/enhancement-probe/`);
      try {
        await page.waitForFunction(() => document.documentElement.dataset.enhanced === 'probe');
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    } finally {
      await browser.close();
    }
  });
});

describe('next dev, where editors preview', () => {
  let folder: string;
  let dev: RunningServer;

  beforeAll(async () => {
    folder = await makeVariant('dev-draft');
    await writeFile(path.join(activeContentDirectory(folder), 'projects', DRAFT_FILE), draft('First words.'));
    dev = await startDevServer(folder);
  }, 120_000);
  afterAll(async () => {
    await dev?.stop();
  });

  it('shows the draft with a visible Draft badge, on the listing and on its page', async () => {
    const listing = await (await fetch(`${dev.baseUrl}/`)).text();
    expect(listing).toContain(DRAFT_TITLE);
    const page = await fetch(`${dev.baseUrl}/projects/probe-draft/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Draft: not published');
  });

  it('shows a saved change on reload, without a restart', async () => {
    await writeFile(path.join(activeContentDirectory(folder), 'projects', DRAFT_FILE), draft('Second words.'));
    const html = await (await fetch(`${dev.baseUrl}/projects/probe-draft/`)).text();
    expect(html).toContain('Second words.');
  });
});

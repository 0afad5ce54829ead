import { chmod, cp, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlProblems } from '@/lib/static-export/page-problems';
import { launchBrowser } from './support/browser';
import { openPage } from './support/checks';
import { sitePages } from './support/pages';
import { checkLinks } from './support/static-checks';
import { apiProblems, expectedFor, feedProblems, httpReader, pageProblems, sitemapProblems } from './support/discovery';
import { makeVariant, ROOT, runIn, startDevServer, startNginx, TEST_SITE_URL, type RunningServer } from './support/servers';

/**
 * The site built with other settings, in `.variants/`: a draft among the projects, a base
 * path for hosts that serve it from a sub-folder, and a fixture enhancement module on a
 * fixture page, to prove the enhancement pipeline end to end without shipping a module.
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

describe('npm run build with a draft, a base path (BASE_PATH=/liaison) and an enhancement', () => {
  let folder: string;
  let nginx: RunningServer;

  beforeAll(async () => {
    folder = await makeVariant('static-draft-base-path');
    await writeFile(path.join(folder, 'content', 'projects', DRAFT_FILE), draft('A draft nobody should see.'));
    await cp(FIXTURE, folder, { recursive: true });
    runIn(folder, 'npm', ['run', '--silent', 'build'], { BASE_PATH: '/liaison' });
    // Serve it the way a host serves a sub-folder: out/ appears at /liaison/.
    const site = await mkdtemp(path.join(tmpdir(), 'liaison-subfolder-'));
    await chmod(site, 0o755); // nginx's workers run as another user
    await symlink(path.join(folder, 'out'), path.join(site, 'liaison'));
    nginx = await startNginx(site);
  }, 240_000);
  afterAll(async () => {
    await nginx?.stop();
  });

  it('publishes nothing of the draft: no page, card, link or data (sitemap, feeds and API included)', async () => {
    expect(await filesMentioningDraft(path.join(folder, 'out'))).toEqual([]);
    expect(await filesMentioningDraft(path.join(folder, '.next', 'server'))).toEqual([]);
  });

  it('describes itself with the base path in every address: canonical, cards, sitemap, robots, JSON-LD, feeds and the JSON API', async () => {
    const reader = httpReader(nginx.baseUrl);
    const expected = await expectedFor(path.join(folder, 'content'), TEST_SITE_URL, '/liaison');
    expect(expected.projects.map((project) => project.slug)).not.toContain('probe-draft');
    const { problems } = await pageProblems(reader, expected);
    expect([...problems, ...(await sitemapProblems(reader, expected)), ...(await feedProblems(reader, expected)), ...(await apiProblems(reader, expected))]).toEqual([]);
  });

  it('serves every page and asset from the sub-folder with no broken link', async () => {
    const { checked, broken } = await checkLinks(nginx.baseUrl, '/liaison/');
    expect(broken).toEqual([]);
    // Every published page (from the content, which editors own) and the stylesheet.
    const published = (await sitePages()).filter((page) => page.status === 200).length;
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
    await writeFile(path.join(folder, 'content', 'projects', DRAFT_FILE), draft('First words.'));
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
    await writeFile(path.join(folder, 'content', 'projects', DRAFT_FILE), draft('Second words.'));
    const html = await (await fetch(`${dev.baseUrl}/projects/probe-draft/`)).text();
    expect(html).toContain('Second words.');
  });
});

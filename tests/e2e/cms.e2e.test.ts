import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { filesUnder } from '@/lib/static-export/process-export';
import { launchBrowser } from './support/browser';
import { copyOfContent, renderProjectPage, startCms } from './support/cms';
import { HOSTILE_VECTORS } from './support/hostile-vectors';
import { ROOT, type RunningServer } from './support/servers';

/**
 * The CMS in Chromium, through its real local backend: decap-server edits a temporary copy
 * of content/ (and public/logos/), and nginx serves the suite's out/ with deploy/nginx.conf,
 * so /admin/ runs under its production Content-Security-Policy. The form is filled as an
 * editor fills it; the files it writes must pass the check and show on the project page.
 */

// jsdom has no types here; as tests/e2e/support/discovery.ts reads it.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { document: Document } } };

const TODAY = new Date().toISOString().slice(0, 10);
const HOSTILE = HOSTILE_VECTORS.find((vector) => vector.name === 'script tag')!.payload;
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#036"/></svg>\n';

let repository: string;
/** The content folder in that copy the CMS edits. */
let contentDir: string;
let cms: Awaited<ReturnType<typeof startCms>>;
let server: RunningServer;
let browser: Browser;
const violations: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'out', 'admin', 'decap-cms.js'))) throw new Error('out/ has no admin: build it with npm run build (npm run test:e2e does).');
  ({ repository, contentDir } = await copyOfContent());
  [cms, browser] = await Promise.all([startCms(repository), launchBrowser()]);
  server = cms.server;
}, 120_000);
afterAll(async () => {
  await Promise.all([browser?.close(), server?.stop(), cms?.backend.stop()]);
});

/** The admin, signed in to the local backend, at one of its routes. */
async function openAdmin(route: string): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => console.log('CSP violation: ' + event.violatedDirective + ' ' + (event.blockedURI || 'inline')));`);
  page.on('console', (message) => {
    if (message.text().startsWith('CSP violation')) violations.push(message.text());
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(`${server.baseUrl}/admin/`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 90_000 });
  await page.goto(`${server.baseUrl}/admin/#${route}`);
  await page.locator('label', { hasText: /^Title/ }).first().waitFor({ timeout: 60_000 });
  return page;
}

/** The input a label names (Decap links each label to its control). */
async function control(page: Page, label: RegExp, which: 'first' | 'last' = 'first') {
  const labels = page.locator('label', { hasText: label });
  const id = await (which === 'first' ? labels.first() : labels.last()).getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

async function publish(page: Page, file: string, before: string | undefined): Promise<string> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  // Saved when the file on disk changes.
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const now = await readFile(file, 'utf8').catch(() => undefined);
    if (now !== undefined && now !== '' && now !== before) {
      // Written in full once the editor shows the saved entry again, ready for the next edit.
      await page.getByRole('button', { name: 'Published', exact: true }).waitFor({ timeout: 30_000 });
      return readFile(file, 'utf8');
    }
    await page.waitForTimeout(250);
  }
  await mkdir(path.join(ROOT, 'artifacts', 'screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'artifacts', 'screenshots', 'cms-not-saved.png'), fullPage: true });
  const snapshot = await page.locator('body').ariaSnapshot();
  const said = snapshot.split('\n').filter((line) => /error|required|missing|must|should|oops|is not|too/i.test(line));
  throw new Error(`${file} was not saved; the form says:\n${said.join('\n')}\nThe console says:\n${consoleErrors.join('\n')}`);
}

describe('the CMS at /admin/, driven in Chromium through its local backend', () => {
  it('opens UPPER, saves an edit as that one line, and saves it back byte for byte as it was', async () => {
    const file = path.join(contentDir, 'projects', 'upper.md');
    const original = await readFile(file, 'utf8');
    const page = await openAdmin('/collections/projects/entries/upper');
    // Decap offers to publish only a changed entry: change the title, save, change it back, save.
    await (await control(page, /^Title/)).fill('UPPER!');
    const edited = await publish(page, file, original);
    expect(edited).toBe(original.replace('title: UPPER\n', 'title: UPPER!\n'));
    await page.close();
    // Later, opened again in a new visit (a reload may land on the sign-in screen, as a
    // new visit does): the editor types the old title back.
    const again = await openAdmin('/collections/projects/entries/upper');
    const title = await control(again, /^Title/);
    await title.click();
    await again.keyboard.press('Control+A');
    await again.keyboard.type('UPPER');
    expect(await publish(again, file, edited)).toBe(original);
    await again.close();
  }, 120_000);

  it('creates a project touching every widget, with an uploaded logo; the file passes the check, and its page shows the values, the hostile one as text', async () => {
    const page = await openAdmin('/collections/projects/new');
    await (await control(page, /^Title/)).fill('Test Initiative');
    await (await control(page, /^Full name/)).fill('A test initiative for the CMS');
    await (await control(page, /^Summary/)).fill('Tests that the form writes a file the check accepts.');
    await (await control(page, /^Website/)).fill('https://example.org/test-initiative/');
    await (await control(page, /^Grant agreement/)).fill('101095904');
    await (await control(page, /^Start/)).fill('2024-03');
    await (await control(page, /^End/)).fill('2027');
    await (await control(page, /^Coordinator/)).fill(HOSTILE);
    // A list of objects: a city with a country chosen from the select.
    await page.getByRole('button', { name: 'Add cities' }).click();
    await (await control(page, /^Name/)).fill('Valencia');
    const country = await control(page, /^Country/);
    await country.click();
    await page.keyboard.type('ES — Spain');
    await page.keyboard.press('Enter');
    await (await control(page, /^Role/)).fill('Living Lab');
    // A multi-select from themes.yml.
    const themes = await control(page, /^Themes/);
    await themes.click();
    await page.keyboard.type('Public transport');
    await page.getByText('Public transport', { exact: true }).last().click();
    await page.getByRole('button', { name: 'Add synergies' }).click();
    await (await control(page, /^Title/, 'last')).fill('Joint workshop');
    await (await control(page, /^Date/)).fill('2025-05-14');
    // The logo, uploaded through the media library into public/logos/.
    await page.getByRole('button', { name: 'Choose an image' }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'test-initiative.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO) });
    await page.getByRole('button', { name: /Choose selected/i }).click();
    await (await control(page, /^Order/)).fill('5');
    // Drafts start on, as in npm run new's template: switch it off to publish.
    await (await control(page, /^Draft/)).click();
    await page.getByRole('button', { name: 'Add sources' }).click();
    await (await control(page, /^Source$/, 'last')).fill('https://cordis.europa.eu/project/id/101095904');
    await (await control(page, /^Reviewed/)).fill(TODAY);
    await (await control(page, /^Listed/)).fill(TODAY);
    const body = page.locator('[data-slate-editor="true"]');
    await body.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('The test initiative works with the host on public transport.');
    const file = path.join(contentDir, 'projects', 'test-initiative.md');
    const saved = await publish(page, file, undefined);
    await page.screenshot({ path: path.join(ROOT, 'artifacts', 'screenshots', 'cms-new-project.png'), fullPage: true }).catch(() => {});
    await page.close();

    expect(saved).toContain('grantAgreement: "101095904"');
    expect(saved).toMatch(/^start: 2024-03$/m);
    expect(saved).toContain('  - { name: Valencia, country: ES, role: Living Lab }');
    expect(saved).toContain('logo: /logos/test-initiative.svg');
    expect(saved).not.toContain('__source');
    expect(await readFile(path.join(repository, 'public', 'logos', 'test-initiative.svg'), 'utf8')).toContain('<svg');
    const { problems } = await checkContent({ contentDir, includeDrafts: true });
    expect(problems.map(formatProblem)).toEqual([]);

    // Its page, rendered by the site's own page module from the CMS's copy of content/ (a
    // draft would not render: production builds leave drafts out). That any valid content
    // goes through next build and the processing is proven by the suite's builds of other
    // content (explore, hostile-content, scale, variants); a build here cost about 90 s.
    const html = await renderProjectPage(contentDir, 'test-initiative');
    for (const value of ['Test Initiative', 'A test initiative for the CMS', 'https://example.org/test-initiative/', 'Valencia', 'Living Lab', 'Joint workshop', '/logos/test-initiative.svg', 'works with the host on public transport']) {
      expect(html).toContain(value);
    }
    // The hostile coordinator is text on the page, never a script.
    const { document } = new JSDOM(html).window;
    const coordinator = [...document.querySelectorAll('dt')].find((term) => term.textContent === 'Coordinator')?.nextElementSibling;
    expect(coordinator?.textContent).toBe(HOSTILE);
    expect(coordinator?.children.length).toBe(0);
    expect([...document.querySelectorAll('script')].filter((script) => script.textContent?.includes('__xss=1') && script.type !== 'application/ld+json')).toEqual([]);
    expect(violations).toEqual([]);
  }, 600_000);
});

describe('the public pages carry no byte of the CMS', () => {
  it('no file outside out/admin/ names or loads it', async () => {
    const out = path.join(ROOT, 'out');
    const offenders: string[] = [];
    for (const file of (await filesUnder(out)).filter((name) => !name.startsWith('admin/') && /\.(html|css|js|json|xml|txt|rss|atom)$/.test(name))) {
      const text = await readFile(path.join(out, file), 'utf8');
      if (/decap|\/admin\/(?!\n)/i.test(text.replace('Disallow: /admin/', ''))) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps /admin/ out of the sitemap and in robots.txt', async () => {
    const out = path.join(ROOT, 'out');
    expect(await readFile(path.join(out, 'sitemap.xml'), 'utf8')).not.toContain('/admin');
    expect(await readFile(path.join(out, 'robots.txt'), 'utf8')).toContain('Disallow: /admin/');
    expect(await readFile(path.join(out, 'admin', 'index.html'), 'utf8')).toContain('<meta name="robots" content="noindex, nofollow">');
  });
});


import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { filesUnder } from '@/lib/static-export/process-export';
import { formatProblem, type ContentProblem } from '@/lib/content/problems';
import { makeContentFixture } from '../helpers/content-fixture';
import { launchBrowser } from './support/browser';
import { openPage } from './support/checks';
import { bodyMarker, draftFor, harmless, HOSTILE_FIELDS, placementOf, writeDrafts, type Placement } from './support/hostile-site';
import { HOSTILE_VECTORS } from './support/hostile-vectors';
import { makeVariant, runIn, startNginx, type RunningServer } from './support/servers';
import { projectPath } from '@/lib/routes';

/**
 * Hostile content, in the browser. Every vector of hostile-vectors.ts goes into every text
 * field of hostile-site.ts, each vector in a project of its own. Each placement ends one
 * of two ways: the check refuses it, naming the file and the field; or the site builds
 * with it, and it is inert. The accepted ones are built into one site, served by nginx
 * with deploy/nginx.conf, and every page is opened in Chromium twice:
 * - with the Content-Security-Policy bypassed, so that only the rendering stands between
 *   a payload and the visitor: every link is clicked, and no payload may set
 *   `window.__xss`; no script, event handler, unsafe address, frame, form or style may
 *   be in the DOM, and no link may have lost its address;
 * - with the policy on, as visitors get it: no violation may be reported.
 */

const TODAY = new Date().toISOString().slice(0, 10);

/** Records CSP violations in the page, before any of its own code could run. */
const LISTEN_FOR_VIOLATIONS = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' in ' + event.sourceFile + ':' + event.lineNumber);
});`;

let placements: Placement[];
let refusals: ContentProblem[];
let unnamed: ContentProblem[];
let recheck: ContentProblem[];
let server: RunningServer;
let browser: Browser;
let pages: Array<{ path: string; status: number }>;
let out: string;

beforeAll(async () => {
  const fixture = await makeContentFixture();
  // The vectors' projects alone: the fixture's own add pages to open and prove nothing here.
  for (const name of ['alpha.md', 'beta.md']) await rm(path.join(fixture.contentDir, 'projects', name));
  const made = HOSTILE_VECTORS.map((vector, index) => draftFor(vector, index, TODAY));
  placements = made.flatMap(({ placements: each }) => each);
  const drafts = made.map(({ draft }) => draft);
  await writeDrafts(fixture.contentDir, drafts);

  // First check: what is refused, and whether each refusal names a placement's file and field.
  const first = await checkContent({ contentDir: fixture.contentDir, includeDrafts: true });
  refusals = first.problems;
  unnamed = refusals.filter((problem) => !placementOf(problem, placements));
  const refused = new Set(refusals.map((problem) => placementOf(problem, placements)).filter((placement) => placement !== undefined));
  for (const placement of placements) {
    placement.refused = refused.has(placement);
    if (refused.has(placement)) placement.field.place(placement.draft, harmless(placement));
  }
  await writeDrafts(fixture.contentDir, drafts);
  recheck = (await checkContent({ contentDir: fixture.contentDir, includeDrafts: true })).problems;
  if (recheck.length > 0) return; // reported by the first test; there is nothing to build

  const folder = await makeVariant('hostile-content');
  runIn(folder, 'npm', ['run', '--silent', 'build'], { LIAISON_CONTENT_DIR: fixture.contentDir });
  out = path.join(folder, 'out');
  // Served beside the site, never part of it: the control for the checks below.
  await mkdir(path.join(out, 'hostile-control'));
  await writeFile(path.join(out, 'hostile-control', 'index.html'), CONTROL_PAGE);
  await writeFile(path.join(out, 'hostile-control', 'feed.xml'), '<feed><title>a</script><b></feed>');
  await writeFile(path.join(out, 'hostile-control', 'index.json'), '{"title": "a"}</script>"}');
  pages = [
    { path: '/', status: 200 },
    { path: '/accessibility/', status: 200 },
    ...drafts.map((draft) => ({ path: projectPath(draft.slug), status: 200 })),
    { path: '/no-such-page/', status: 404 },
  ];
  [server, browser] = await Promise.all([startNginx(path.join(folder, 'out')), launchBrowser()]);
}, 300_000);
afterAll(async () => {
  await Promise.all([server?.stop(), browser?.close()]);
});

const isRefused = (placement: Placement) => placement.refused;

describe('hostile content', () => {
  it(`ends each of ${HOSTILE_VECTORS.length} vectors in each of ${HOSTILE_FIELDS.length} fields refused by the check, naming file and field, or built`, () => {
    const refusedCount = placements.filter(isRefused).length;
    console.log(
      [
        `Hostile content: ${HOSTILE_VECTORS.length} vectors × ${HOSTILE_FIELDS.length} fields = ${placements.length} placements: ${refusedCount} refused by the check, ${placements.length - refusedCount} built into the site (proven inert below).`,
        ...HOSTILE_VECTORS.map((vector) => {
          const mine = placements.filter((placement) => placement.vector === vector);
          const refused = mine.filter(isRefused).map((placement) => placement.field.name);
          const built = mine.filter((placement) => !isRefused(placement)).map((placement) => placement.field.name);
          return `  ${vector.name}: refused in ${refused.join(', ') || 'none'}; built in ${built.join(', ') || 'none'}`;
        }),
      ].join('\n'),
    );
    expect(unnamed.map(formatProblem)).toEqual([]);
    expect(recheck.map(formatProblem)).toEqual([]);
    // Both ends are reached: a corpus the check refuses whole, or accepts whole, proves less.
    expect(refusedCount).toBeGreaterThan(0);
    expect(refusedCount).toBeLessThan(placements.length);
  });

  it('shows every accepted text on the site, so "inert" means rendered, not dropped; and no page reports a Content-Security-Policy violation', async () => {
    expect(pages, 'the accepted vectors built into a site').toBeDefined();
    const seen: string[] = [];
    const problems = await visitEveryPage(pages, { initScript: LISTEN_FOR_VIOLATIONS }, async (page) => {
      seen.push(normalise(await page.evaluate(() => {
        const attributes = [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.value));
        return `${document.documentElement.textContent ?? ''} ${attributes.join(' ')}`;
      })));
      return cspViolations(page);
    });
    expect(problems).toEqual([]);
    const everything = seen.join('\n');
    const missing = placements
      .filter((placement) => !isRefused(placement))
      .filter((placement) => !everything.includes(normalise(placement.field.name === 'description' ? bodyMarker(placement.draft) : placement.vector.payload)))
      .map((placement) => `${placement.draft.slug} ${placement.field.name} (${placement.vector.name})`);
    expect(missing).toEqual([]);
  });

  it('runs no payload when every page is opened and every link clicked, with the policy bypassed; leaves no tag, handler or unsafe address, and no link without its address', async () => {
    expect(pages, 'the accepted vectors built into a site').toBeDefined();
    const inspection = inspectAndClick();
    const problems = await visitEveryPage(pages, { bypassCSP: true, catchNavigations: true }, inspection.visit);
    console.log(`Hostile content: opened ${pages.length} pages and clicked ${inspection.clicks()} distinct links with the Content-Security-Policy bypassed.`);
    expect(problems).toEqual([]);
    expect(inspection.clicks()).toBeGreaterThan(HOSTILE_VECTORS.length);
  });

  it('writes every data file (feeds, search index, JSON API, when the site has them) so that it still parses', async () => {
    expect(pages, 'the accepted vectors built into a site').toBeDefined();
    const files = (await filesUnder(out)).filter((file) => !file.startsWith('hostile-control/'));
    expect(await dataFileProblems(files)).toEqual([]);
  });

  it('would catch a payload that runs: the same checks on a page written with live ones', async () => {
    expect(pages, 'the accepted vectors built into a site').toBeDefined();
    const control = [{ path: '/hostile-control/', status: 200 }];
    const bypassed = (await visitEveryPage(control, { bypassCSP: true, catchNavigations: true }, inspectAndClick().visit)).join('\n');
    expect(bypassed).toContain('a payload ran (window.__xss is set)');
    expect(bypassed).toContain('event handler onerror');
    expect(bypassed).toContain('unsafe address in href');
    expect(bypassed).toContain('a link without its address');
    expect(bypassed).toContain('<iframe> in the page');
    const enforced = (await visitEveryPage(control, { initScript: LISTEN_FOR_VIOLATIONS }, cspViolations)).join('\n');
    expect(enforced).toContain('script-src-attr blocked inline');
    expect(await dataFileProblems(['hostile-control/feed.xml', 'hostile-control/index.json'])).toEqual([
      'hostile-control/feed.xml is not well-formed XML',
      'hostile-control/index.json is not JSON',
    ]);
  });
});

/** A page the build did not make, with payloads that run when nothing stops them. */
const CONTROL_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Control</title></head><body>
<img src="/no-such-picture.png" alt="" onerror="window.__xss=1"><a href="javascript:window.__xss=2">run</a><a>no address</a><iframe src="/"></iframe>
</body></html>`;

/**
 * Data files in out/ that the vectors reach: JSON (a search index, a JSON API) must parse
 * and XML (feeds, sitemaps) must be well-formed. JSON-LD inside pages is checked with the
 * DOM (domProblems).
 */
async function dataFileProblems(files: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    if (file.endsWith('.json')) {
      try {
        JSON.parse(await readFile(path.join(out, file), 'utf8'));
      } catch {
        problems.push(`${file} is not JSON`);
      }
    } else if (/\.(xml|rss|atom)$/.test(file)) {
      // The browser's own XML parser, as a feed reader's would be.
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const errors = await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length, await readFile(path.join(out, file), 'utf8'));
        if (errors > 0) problems.push(`${file} is not well-formed XML`);
      } finally {
        await context.close();
      }
    }
  }
  return problems;
}

/** The violations LISTEN_FOR_VIOLATIONS recorded on the page. */
function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations ?? ['the violation listener did not run']);
}

/** The visit of the bypassed pass: the DOM's problems, every link clicked, the flag read. */
function inspectAndClick() {
  const clicked = new Set<string>();
  let clicks = 0;
  return {
    clicks: () => clicks,
    async visit(page: Page): Promise<string[]> {
      const found = await domProblems(page);
      clicks += await clickEveryLink(page, clicked, (problem) => found.push(problem));
      if ((await page.evaluate(() => (window as { __xss?: unknown }).__xss)) !== undefined) found.push('a payload ran (window.__xss is set)');
      return found;
    },
  };
}

/**
 * Opens every page in one browser context, the not-found page first (openPage expects its
 * 404; every later page must answer 200), and returns each page's problems, from `visit`
 * and from the console, network and script errors openPage records, prefixed with its path.
 */
async function visitEveryPage(
  list: ReadonlyArray<{ path: string; status: number }>,
  { catchNavigations = false, ...options }: { initScript?: string; bypassCSP?: boolean; catchNavigations?: boolean },
  visit: (page: Page) => Promise<string[]>,
): Promise<string[]> {
  const [notFound, ...others] = [...list].sort((a, b) => b.status - a.status);
  let loading = `${server.baseUrl}${notFound!.path}`;
  const opened = await openPage(browser, loading, { ...options, expectedStatus: notFound!.status, waitUntil: 'load' });
  // Clicked links navigate nowhere: every navigation but the next page's is answered 204,
  // so the page stays, and no click reaches another site (the network is closed anyway).
  if (catchNavigations) {
    await opened.page.context().route('**/*', (route) =>
      route.request().isNavigationRequest() && route.request().url() !== loading ? route.fulfill({ status: 204, body: '' }) : route.continue(),
    );
  }
  const problems: string[] = [];
  try {
    for (const [index, { path: pagePath }] of [notFound!, ...others].entries()) {
      const before = opened.problems.length;
      loading = `${server.baseUrl}${pagePath}`;
      if (index > 0) await opened.page.goto(loading, { waitUntil: 'load' });
      const found = await visit(opened.page);
      problems.push(...[...found, ...opened.problems.slice(before)].map((problem) => `${pagePath}: ${problem}`));
    }
  } finally {
    await opened.close();
  }
  return problems;
}

/** Text as the page holds it: the parser drops NUL, and whitespace runs count as one. */
function normalise(text: string): string {
  return text.replace(/[\u0000\ufffd]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * What must never be in a page built from content: scripts other than the site's own
 * modules, event-handler attributes, javascript:/vbscript:/data: addresses (the site's
 * own icon excepted), frames, objects, forms (the site's own filter excepted), base and
 * refresh elements, styles, MathML,
 * scriptable SVG, and links without an address.
 */
function domProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element) => element.outerHTML.slice(0, 120);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) problems.push(`event handler ${attribute.name} on ${describe(element)}`);
        // Browsers drop tabs, newlines and control characters from a URL's scheme.
        const address = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (/^(javascript|vbscript|data):/.test(address) && !(element.matches('link[rel="icon"]') && address.startsWith('data:image/svg+xml'))) {
          problems.push(`unsafe address in ${attribute.name} of ${describe(element)}`);
        }
        if (attribute.name === 'style') problems.push(`style attribute on ${describe(element)}`);
      }
    }
    const forbidden = 'iframe, frame, frameset, object, embed, applet, base, form, input, textarea, meta[http-equiv], style, math, noscript, template, svg script, svg foreignObject, svg animate, svg set, svg a, svg use';
    // The site's own filter (components/ProjectFilter.tsx) is a form with inputs and a card
    // template; content cannot write its data-explore markers (data attributes are sanitised away).
    const ownFilter = (element: Element) => element.closest('form[data-explore]') !== null || element.matches('template[data-explore-card]');
    // The site's own pictures draw the base map from its cached file under /pictures/
    // (<use href>), and a map dot whose label did not fit is a link to its
    // line in the list (components/pictures/ProjectsMap.tsx); content cannot write SVG.
    const ownPicture = (element: Element) =>
      (element.localName === 'use' && new URL(element.getAttribute('href') ?? '', document.baseURI).pathname.includes('/pictures/') && new URL(element.getAttribute('href') ?? '', document.baseURI).origin === location.origin) ||
      (element.localName === 'a' && element.closest('svg[data-picture="map"]') !== null && (element.getAttribute('href') ?? '').startsWith('#'));
    for (const element of document.querySelectorAll(forbidden)) {
      if (!ownFilter(element) && !ownPicture(element)) problems.push(`<${element.localName}> in the page: ${describe(element)}`);
    }
    for (const script of document.querySelectorAll('script')) {
      const own = script.matches('script[type="module"][data-enhancement]');
      const data = script.type === 'application/ld+json';
      if (!own && !data) problems.push(`script: ${describe(script)}`);
      if (data) {
        try {
          JSON.parse(script.textContent ?? '');
        } catch {
          problems.push(`structured data that is not JSON (a string ended the script?): ${describe(script)}`);
        }
        if (script.textContent?.includes('<!--')) problems.push(`structured data holds "<!--": ${describe(script)}`);
      }
    }
    for (const link of document.querySelectorAll('a:not([href]), a[href=""]')) problems.push(`a link without its address: ${describe(link)}`);
    return problems;
  });
}

/**
 * Clicks every link not clicked on an earlier page (identical markup behaves the same);
 * visitEveryPage answers the navigations with 204, so the page stays and a click costs
 * milliseconds. A link must lead where its address says; Chromium may send no second
 * request for an address it was just answered 204 for, so that is checked once per
 * address and page. mailto: and tel: links leave the browser, so only their address is
 * checked. Returns the number clicked.
 */
async function clickEveryLink(page: Page, clicked: Set<string>, report: (problem: string) => void): Promise<number> {
  // Links inside an SVG picture (the map's dots) are SVGAElements: their href is no string
  // and they have no click(), so both are worked out as the browser does for them.
  const links = await page.$$eval('a', (anchors) =>
    anchors.map((anchor: Element) => ({
      href: anchor.getAttribute('href') ?? '',
      resolved: anchor instanceof HTMLAnchorElement ? anchor.href : new URL(anchor.getAttribute('href') ?? '', document.baseURI).href,
      html: anchor.outerHTML,
    })),
  );
  const navigatedTo = new Set<string>();
  let count = 0;
  for (const [index, link] of links.entries()) {
    if (clicked.has(link.html)) continue;
    clicked.add(link.html);
    count++;
    if (/^(mailto|tel):/.test(link.href)) continue;
    const expectRequest = !link.href.startsWith('#') && !navigatedTo.has(link.resolved);
    const navigation = expectRequest
      ? page.context().waitForEvent('request', { predicate: (request) => request.isNavigationRequest() && request.url() === link.resolved, timeout: 3_000 }).catch(() => undefined)
      : undefined;
    await page.evaluate((at) => {
      const anchor: Element | undefined = document.querySelectorAll('a')[at];
      if (anchor instanceof HTMLElement) anchor.click();
      else anchor?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }, index);
    if (!navigation) continue;
    navigatedTo.add(link.resolved);
    if (!(await navigation)) report(`clicking ${link.html.slice(0, 120)} did not lead to ${link.resolved}`);
  }
  return count;
}

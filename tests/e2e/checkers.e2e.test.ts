import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '@/lib/security-headers';
import { htmlProblems } from '@/lib/static-export/page-problems';
import { launchBrowser } from './support/browser';
import {
  axeViolations,
  horizontalOverflow,
  keyboardProblems,
  missingSecurityHeaders,
  openPage,
  statusProblems,
} from './support/checks';
import { freePort } from './support/servers';
import { checkLinks, htmlValidationErrors } from './support/static-checks';

/**
 * The checks themselves, on pages broken on purpose: each must catch its one fault, and
 * pass the same page without it. A check that cannot fail would prove nothing.
 */

// Styles come from a file: the site's strict Content-Security-Policy blocks inline ones.
const page = (body: string, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Checker fixture</title><link rel="icon" href="/pixel.svg"><link rel="stylesheet" href="/fixture.css">${head}</head>
<body><a class="skip" href="#main">Skip to main content</a>
<header><a href="/">Home</a></header>
<main id="main" tabindex="-1"><h1>Fixture</h1>${body}</main></body></html>`;

const PAGES: Record<string, string> = {
  '/': page('<h2>Fine</h2><p>All is well. <a href="/other/">Other</a></p>'),
  '/other/': page('<p>Also fine.</p>'),
  '/image-without-alt/': page('<img src="/pixel.svg" width="10" height="10">'),
  '/skipped-heading/': page('<h3>Jumped from h1 to h3</h3><p>Text</p>'),
  '/broken-link/': page('<p><a href="/missing-page/">Gone</a></p>'),
  '/no-focus-ring/': page('<p><a href="/">A link</a></p>', '<link rel="stylesheet" href="/no-focus-ring.css">'),
  '/no-skip-link/': page('<p>Text</p>').replace('<a class="skip" href="#main">Skip to main content</a>', ''),
  '/too-wide/': page('<div class="wide">Wide</div>'),
  '/console-error/': page('<p>Text</p>', '<script src="/console-error.js"></script>'),
  '/inline-script/': page('<p>Text</p>', '<script>document.title = "ran"</script>'),
  '/inline-style/': page('<p style="color: red">Text</p>'),
  '/missing-asset/': page('<p>Text</p>', '<link rel="stylesheet" href="/missing.css">'),
  '/pixel.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
  '/fixture.css':
    'a:focus-visible, main:focus-visible { outline: 3px solid #003399; } .skip { position: absolute; left: -999px; } .skip:focus { left: 0; } .wide { width: 900px; }',
  '/no-focus-ring.css': '*:focus, *:focus-visible { outline: none !important; }',
  '/console-error.js': 'console.error("broken")',
};

const CONTENT_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  css: 'text/css',
  js: 'text/javascript',
};

let server: Server;
let baseUrl = '';
let browser: Browser;
/** When true, the server answers 200 for unknown addresses: the bug a 404 check must catch. */
let soft404 = false;
/** When set, this header is left out of every response. */
let droppedHeader: string | undefined;

beforeAll(async () => {
  const port = await freePort();
  server = createServer((request, response) => {
    const body = PAGES[request.url ?? '/'];
    for (const { key, value } of securityHeaders()) if (key !== droppedHeader) response.setHeader(key, value);
    const type = CONTENT_TYPES[request.url?.split('.').pop() ?? ''] ?? 'text/html; charset=utf-8';
    response.writeHead(body || soft404 ? 200 : 404, { 'content-type': type });
    response.end(body ?? page('<p>Page not found</p>'));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function problemsOn(pathname: string, check: (page: import('playwright-core').Page) => Promise<string[]>, viewport = { width: 1280, height: 800 }) {
  const opened = await openPage(browser, `${baseUrl}${pathname}`, { viewport });
  try {
    return [...opened.problems, ...(await check(opened.page))];
  } finally {
    await opened.close();
  }
}

describe('each check passes a sound page', () => {
  it('axe, keyboard, width, console and network', async () => {
    expect(await problemsOn('/', axeViolations)).toEqual([]);
    expect(await problemsOn('/', keyboardProblems)).toEqual([]);
    expect(await problemsOn('/', horizontalOverflow, { width: 320, height: 600 })).toEqual([]);
  });
});

describe('each check fails when its one thing breaks', () => {
  it('an image without alt text', async () => {
    expect((await problemsOn('/image-without-alt/', axeViolations)).join('\n')).toContain('image-alt');
  });

  it('a heading level skipped', async () => {
    expect((await problemsOn('/skipped-heading/', axeViolations)).join('\n')).toContain('heading-order');
  });

  it('a broken internal link', async () => {
    const { broken } = await checkLinks(baseUrl);
    expect(broken).toEqual([]);
    const fromBrokenPage = await checkLinks(baseUrl, '/broken-link/');
    expect(fromBrokenPage.broken.join('\n')).toContain('/missing-page/');
  });

  it('a 404 page that answers 200', async () => {
    expect(await statusProblems(`${baseUrl}/nowhere/`, 404)).toEqual([]);
    soft404 = true;
    try {
      expect(await statusProblems(`${baseUrl}/nowhere/`, 404)).toEqual([`${baseUrl}/nowhere/ answers 200, not 404`]);
    } finally {
      soft404 = false;
    }
  });

  it('a missing security header', async () => {
    droppedHeader = 'X-Content-Type-Options';
    try {
      const problems = missingSecurityHeaders((await fetch(`${baseUrl}/`)).headers);
      expect(problems).toEqual(['X-Content-Type-Options should be "nosniff" but is null']);
    } finally {
      droppedHeader = undefined;
    }
  });

  it('a focus indicator taken away', async () => {
    expect((await problemsOn('/no-focus-ring/', keyboardProblems)).join('\n')).toContain('no visible focus indicator');
  });

  it('a missing skip link', async () => {
    expect((await problemsOn('/no-skip-link/', keyboardProblems)).join('\n')).toContain('not the skip link');
  });

  it('a page wider than a phone', async () => {
    expect(await problemsOn('/too-wide/', horizontalOverflow, { width: 320, height: 600 })).not.toEqual([]);
  });

  it('a console error and a missing asset', async () => {
    expect((await problemsOn('/console-error/', async () => [])).join('\n')).toContain('console error: broken');
    // With nosniff, Chromium refuses the 404 body outright; either way it is reported.
    expect((await problemsOn('/missing-asset/', async () => [])).join('\n')).toContain('/missing.css');
  });

  it('an inline script or inline style, which the Content-Security-Policy blocks', async () => {
    const script = await problemsOn('/inline-script/', async (opened) => [await opened.title()]);
    expect(script.join('\n')).toMatch(/console error: .*Content Security Policy/);
    expect(script).toContain('Checker fixture'); // blocked: the script never ran
    expect((await problemsOn('/inline-style/', async () => [])).join('\n')).toMatch(/console error: .*Content Security Policy/);
  });

  it('a framework script, inline flight data or a script preload in a page', () => {
    const sound = PAGES['/']!.replace('</head>', '<script type="module" src="/enhancements/menu.js" data-enhancement="menu"></script></head>');
    expect(htmlProblems(sound)).toEqual([]);
    const withHead = (head: string) => htmlProblems(sound.replace('</head>', `${head}</head>`));
    expect(withHead('<script src="/_next/static/chunks/main.js" async=""></script>')).toEqual([
      'framework script /_next/static/chunks/main.js',
    ]);
    expect(withHead('<script>self.__next_f.push([1,"data"])</script>')).toEqual([
      'inline flight data (self.__next_f)',
      'inline script',
    ]);
    expect(withHead('<link rel="preload" as="script" href="/_next/static/chunks/a.js">')).toEqual([
      'script preload /_next/static/chunks/a.js',
    ]);
    expect(withHead('<link rel="modulepreload" href="/_next/static/chunks/b.js">')).toEqual([
      'script preload /_next/static/chunks/b.js',
    ]);
    // The marker alone is not enough: an inline or classic script would still be blocked.
    expect(withHead('<script data-enhancement="x">alert(1)</script>')[0]).toMatch(/^enhancement script must be/);
    expect(htmlProblems(sound.replace('<p>', '<p onclick="go()">'))).toEqual(['inline event handler onclick on <p>']);
  });

  it('invalid HTML', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'liaison-vnu-'));
    const valid = path.join(folder, 'valid.html');
    const invalid = path.join(folder, 'invalid.html');
    await writeFile(valid, PAGES['/']!);
    await writeFile(invalid, PAGES['/']!.replace('<h2>Fine</h2>', '<h2><div>Block in heading</h2>'));
    expect(htmlValidationErrors([valid])).toEqual([]);
    expect(htmlValidationErrors([invalid]).length).toBeGreaterThan(0);
  });
});

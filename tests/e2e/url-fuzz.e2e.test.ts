import { createHash } from 'node:crypto';
import { chmod, cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_FOLDER } from '@/lib/admin/paths';
import { filesUnder } from '@/lib/static-export/process-export';
import { missingSecurityHeaders } from './support/checks';
import { sitePages } from './support/pages';
import { rawRequest, utf8Bytes, type RawResponse } from './support/raw-http';
import { ROOT, startNginx, type RunningServer } from './support/servers';

/**
 * Strange URLs against production: nginx serving the processed export with
 * deploy/nginx.conf. (Vercel's output is checked as files in vercel.e2e.test.ts; no test
 * can run Vercel's edge offline.) Every request is sent raw, byte for byte, and every
 * answer must hold:
 * - a real page answers 2xx with that page, a real page's address without its slash is
 *   redirected to it; anything else answers 404, or 405 for methods other than GET/HEAD;
 * - never a 5xx, never a file from outside the site: a canary file planted next to the
 *   served folder never comes back, and every 2xx body is a file of out/;
 * - the security headers on every answer, errors included; no header a URL injected.
 */

const CANARY = `liaison-canary-${Date.now()}`;
const PASSWD = /root:.*:0:0:/;

/** What an address must answer. */
type Expected =
  | { kind: 'page'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' }
  | { kind: 'method' };

interface Case {
  method: string;
  target: string;
  expected: Expected;
}

const PAGES = (await sitePages()).filter(({ status }) => status === 200).map(({ path: pagePath }) => pagePath);
const pageFile = (pagePath: string) => `${pagePath.slice(1)}index.html`;
const percentEncodeAll = (text: string) => [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

/** Every address tried: built from the site's real pages, so it grows with the content. */
function fuzzCases(siteFiles: readonly string[]): Case[] {
  const cases: Case[] = [];
  const get = (target: string, expected: Expected) => cases.push({ method: 'GET', target, expected });
  const missing: Expected = { kind: 'missing' };

  for (const page of PAGES) {
    const file = pageFile(page);
    const found: Expected = { kind: 'page', file };
    const bare = page.replace(/\/$/, '');
    const slug = bare.split('/').pop() ?? '';
    const parent = bare.slice(0, bare.length - slug.length);
    get(page, found);
    // The same page, spelt another way that still means it.
    get(`${page}index.html`, found);
    get(`/.${page}`, found);
    get(`${page}.`, found);
    get(`//${page.slice(1)}`, found);
    get(`${page}?q=<script>alert(1)</script>`, found);
    get(`${page}?%00=%ff%fe&a[]=1&a[]=2&../../etc/passwd`, found);
    get(`${page}?${'x'.repeat(4000)}`, found);
    get(`${page}?%0d%0aSet-Cookie:%20x=1`, found);
    if (slug) {
      get(`${parent}${percentEncodeAll(slug)}/`, found);
      get(`${parent}./${slug}/`, found);
      get(`${parent}x/../${slug}/`, found);
      get(bare, { kind: 'redirect', location: page });
      get(`${bare}?from=fuzz`, { kind: 'redirect', location: `${page}?from=fuzz` });
      // Not the page: another case, trailing dots, encodings twice over, Unicode look-alikes.
      for (const other of [
        `${parent}${slug.toUpperCase()}/`,
        `${parent}${slug[0]!.toUpperCase()}${slug.slice(1)}/`,
        `${bare}./`,
        `${bare}.`,
        `${bare}..`,
        `${bare}%2e/`,
        `${page}index.html.`,
        `${page}index.html/`,
        `${parent}${percentEncodeAll(slug).replaceAll('%', '%25')}/`,
        utf8Bytes(`${parent}${slug.replace(/[a-z]/, (letter) => `${letter}\u0308`)}/`),
        utf8Bytes(`${parent}\uff0f${slug}/`),
        utf8Bytes(`${parent}${slug.replace('e', '\u0435').replace('a', '\u0430').replace('o', '\u043e')}x/`),
        `${parent}${percentEncodeAll(`${slug}\u200b`)}/`,
        `${parent}${slug}%E2%80%AE/`,
        `${parent}${slug}%c0%af`,
        `${page}%00`,
        `${bare}%00/`,
        `${page}%00.html`,
        `${page}\x00`,
        `${page}%0d%0aX-Injected:%201`,
        `${bare}%0d%0aX-Injected:%201`,
        `${page};jsessionid=1`,
        `${bare};/`,
        `${page.replaceAll('/', '\\')}`,
      ]) {
        get(other, missing);
      }
    }
    // Methods other than reading, on every page; HEAD reads.
    cases.push({ method: 'HEAD', target: page, expected: found });
    for (const method of ['OPTIONS', 'POST', 'DELETE', 'PUT', 'PATCH', 'TRACE']) {
      cases.push({ method, target: page, expected: { kind: 'method' } });
    }
  }

  // Every other file of the export answers as itself.
  for (const file of siteFiles) {
    if (file.endsWith('index.html') || file === '404.html') continue;
    get(`/${file}`, { kind: 'page', file });
  }

  // Out of the served folder: to the canary beside it, and to the system's files.
  const ups = ['../', '..%2f', '%2e%2e/', '%2e%2e%2f', '..%2F', '.%2e/', '%2e./', '..\\', '..%5c', '%252e%252e%252f', '%c0%ae%c0%ae/', '..%c0%af', '..;/', '.../', '....//'];
  for (const up of ups) {
    for (const depth of [1, 2, 8]) {
      for (const target of ['canary.txt', 'canary/', 'etc/passwd']) {
        get(`/${up.repeat(depth)}${target}`, missing);
        get(`/projects/${up.repeat(depth)}${target}`, missing);
      }
    }
  }
  for (const name of [
    '/canary.txt', '/.env', '/.git/config', '/package.json', '/next.config.ts', '/.next/', '/node_modules/',
    '/content/projects/upper.md', '/deploy/nginx.conf', '/etc/passwd', '//etc/passwd', '/proc/self/environ',
    '/404.html', '/404/', '/_not-found/', '/projects/', '/images/', '/logos/', '/_next/', '/_next/static/',
    '/_next/static/chunks/', '/projects', '/images', '/no-such-page/', '/%00', '/%ff', '/%', '/%zz/',
  ]) {
    get(name, missing);
  }
  // Very long addresses: within nginx's 8 KB request line, and well beyond it.
  for (const length of [1_000, 4_000, 7_900, 9_000, 16_000, 64_000]) {
    get(`/${'a'.repeat(length)}`, missing);
    get(`/projects/${'%61'.repeat(Math.ceil(length / 3))}/`, missing);
  }
  get(`/${'a/'.repeat(3_000)}`, missing);
  get(`/${'../'.repeat(2_000)}canary.txt`, missing);
  // Methods on addresses that are not pages.
  for (const method of ['POST', 'DELETE', 'OPTIONS']) {
    cases.push({ method, target: '/no-such-page/', expected: { kind: 'method' } });
    cases.push({ method, target: '/../canary.txt', expected: { kind: 'method' } });
  }
  return cases;
}

/** The path nginx serves for a target: decoded, with runs of slashes merged, as its $uri. */
function servedPath(target: string): string {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(target, 'http://fuzz.invalid').pathname);
  } catch {
    return target;
  }
  return pathname.replace(/\/{2,}/g, '/');
}

/** What is wrong with one answer; an empty list when it is right. */
function answerProblems(one: Case, response: RawResponse, siteHashes: ReadonlyMap<string, string[]>): string[] {
  const problems: string[] = [];
  const { status, headers, body } = response;
  const text = body.toString('latin1');
  if (status >= 500) problems.push(`answers ${status}`);
  if (text.includes(CANARY)) problems.push('served the canary file from outside the site');
  if (PASSWD.test(text)) problems.push('served /etc/passwd');
  if (status >= 200 && status < 300 && one.method !== 'HEAD' && !siteHashes.has(sha256(body))) {
    problems.push(`answers ${status} with ${body.length} bytes that are no file of out/`);
  }
  // A file of the CMS at /admin/ has the admin's own policy (lib/security-headers.ts);
  // anything else, its 404 page included, the public one.
  problems.push(...missingSecurityHeaders(headers, { admin: status < 400 && servedPath(one.target).startsWith(`/${ADMIN_FOLDER}/`) }));
  if (headers.has('x-injected') || headers.has('set-cookie')) problems.push('carries a header the address injected');
  const location = headers.get('location');
  if (location !== null && !/^\/(?![/\\])/.test(location)) problems.push(`redirects off the site, to ${location}`);

  const { expected } = one;
  if (expected.kind === 'page') {
    if (status !== 200) problems.push(`answers ${status}, not 200`);
    else if (one.method === 'GET' && !siteHashes.get(sha256(body))?.includes(expected.file)) problems.push(`is not ${expected.file}`);
  } else if (expected.kind === 'redirect') {
    if (![301, 308].includes(status) || location !== expected.location) problems.push(`answers ${status} ${location ?? ''}, not a redirect to ${expected.location}`);
  } else if (expected.kind === 'missing') {
    if (status !== 404) problems.push(`answers ${status}, not 404`);
  } else if (![404, 405].includes(status)) {
    problems.push(`answers ${status}, not 405 (or 404)`);
  }
  return problems;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Shortens an address for a report line. */
function shown(one: Case): string {
  const target = JSON.stringify(one.target);
  return `${one.method} ${target.length > 90 ? `${target.slice(0, 60)}…(${one.target.length} characters)` : target}`;
}

let served: string;
let nginx: RunningServer;
/** The files of out/ by their SHA-256 (empty files share one). */
let siteHashes: Map<string, string[]>;
let siteFiles: string[];

beforeAll(async () => {
  // out/ copied into a folder of its own, with the canary beside it: served as `root`, the
  // site must never reach its parent.
  const parent = await mkdtemp(path.join(tmpdir(), 'liaison-fuzz-'));
  await chmod(parent, 0o755);
  served = path.join(parent, 'site');
  await cp(path.join(ROOT, 'out'), served, { recursive: true });
  await writeFile(path.join(parent, 'canary.txt'), CANARY);
  await mkdir(path.join(parent, 'canary'));
  await writeFile(path.join(parent, 'canary', 'index.html'), CANARY);
  siteFiles = await filesUnder(served);
  siteHashes = new Map();
  for (const file of siteFiles) {
    const hash = sha256(await readFile(path.join(served, file)));
    siteHashes.set(hash, [...(siteHashes.get(hash) ?? []), file]);
  }
  nginx = await startNginx(served);
});
afterAll(async () => {
  await nginx?.stop();
});

describe('URL fuzz: nginx serving out/ with deploy/nginx.conf', () => {
  it('answers every strange address with the page, a redirect to it, 404 or 405, with the security headers', async () => {
    const cases = fuzzCases(siteFiles);
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    for (const one of cases) {
      const response = await rawRequest(nginx.baseUrl, one.method, one.target);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      problems.push(...answerProblems(one, response, siteHashes).map((problem) => `${shown(one)}: ${problem}`));
    }
    const tally = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(', ');
    console.log(`URL fuzz: ${cases.length} requests against nginx (${tally}).`);
    expect(problems).toEqual([]);
    expect(cases.length).toBeGreaterThan(500);
  });

  it('would catch the canary: nginx rooted one folder up serves it, and the check says so', async () => {
    const above = await startNginx(path.dirname(served));
    try {
      const one: Case = { method: 'GET', target: '/canary.txt', expected: { kind: 'missing' } };
      const problems = answerProblems(one, await rawRequest(above.baseUrl, one.method, one.target), siteHashes);
      expect(problems).toContain('served the canary file from outside the site');
    } finally {
      await above.stop();
    }
  });
});

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '@/lib/security-headers';
import { htmlProblems } from '@/lib/static-export/page-problems';
import { missingSecurityHeaders } from './support/checks';
import { sitePages } from './support/pages';
import { freePort, ROOT, startNginx, type RunningServer } from './support/servers';
import { checkLinks, htmlValidationErrors } from './support/static-checks';

const OUT = path.join(ROOT, 'out');
const PAGES = await sitePages();

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

describe('the processed export in out/', () => {
  it('has a 404.html for static hosts and a .nojekyll for GitHub Pages', () => {
    expect(existsSync(path.join(OUT, '404.html'))).toBe(true);
    expect(existsSync(path.join(OUT, '.nojekyll'))).toBe(true);
  });

  it('is valid HTML on every page (W3C Nu HTML Checker)', async () => {
    const files = await htmlFiles(OUT);
    expect(files.length).toBeGreaterThanOrEqual(PAGES.length - 1);
    expect(htmlValidationErrors(files)).toEqual([]);
  });

  it('holds no framework JavaScript and no RSC payloads', async () => {
    const entries = await readdir(OUT, { recursive: true, withFileTypes: true });
    const leftovers = entries
      .filter((entry) => entry.isFile() && (entry.name.endsWith('.js') || entry.name.endsWith('.txt')))
      .map((entry) => path.relative(OUT, path.join(entry.parentPath, entry.name)))
      // The site's own modules, bundled from lib/enhancements, robots.txt, and the CMS at
      // /admin/, which is no page of the site (tests/e2e/cms.e2e.test.ts).
      .filter((file) => !file.startsWith(`enhancements${path.sep}`) && file !== 'robots.txt' && !file.startsWith(`admin${path.sep}`));
    expect(leftovers).toEqual([]);
  });
});

describe('nginx serving out/ with deploy/nginx.conf', () => {
  let nginx: RunningServer;

  beforeAll(async () => {
    nginx = await startNginx();
  });
  afterAll(async () => {
    await nginx?.stop();
  });

  it('has no broken internal links or assets', async () => {
    const { checked, broken } = await checkLinks(nginx.baseUrl);
    expect(broken).toEqual([]);
    // Every page and its stylesheet: a crawl that found little proves nothing.
    expect(checked).toBeGreaterThanOrEqual(PAGES.filter(({ status }) => status === 200).length + 1);
  });

  it('caches hashed assets for a year and pages not at all, with the security headers on both', async () => {
    const html = await (await fetch(`${nginx.baseUrl}/`)).text();
    const asset = /\/_next\/static\/[^"]+\.css/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const assetResponse = await fetch(`${nginx.baseUrl}${asset}`);
    expect(assetResponse.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(assetResponse.headers.get('content-type')).toMatch(/^text\/css/);
    expect(missingSecurityHeaders(assetResponse.headers)).toEqual([]);
    const page = await fetch(`${nginx.baseUrl}/`);
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('sends the CMS at /admin/ its own headers, and the public pages theirs', async () => {
    const expected = (options = {}) => securityHeaders(options).map(({ key, value }) => `${key}: ${value}`);
    const got = (headers: Headers, options = {}) => securityHeaders(options).map(({ key }) => `${key}: ${headers.get(key)}`);
    for (const address of ['/admin/', '/admin/config.yml', '/admin/decap-cms.js', '/admin/admin.js']) {
      const response = await fetch(`${nginx.baseUrl}${address}`);
      expect(got(response.headers, { admin: true }), address).toEqual(expected({ admin: true }));
    }
    expect((await fetch(`${nginx.baseUrl}/admin/`)).status).toBe(200);
    expect((await fetch(`${nginx.baseUrl}/admin/config.yml`)).headers.get('content-type')).toMatch(/^text\/yaml/);
    // An address under /admin/ that does not exist gets the site's own 404 page, a public page.
    for (const address of [...PAGES.map((page) => page.path), '/robots.txt', '/admin/no-such-file']) {
      const response = await fetch(`${nginx.baseUrl}${address}`);
      expect(missingSecurityHeaders(response.headers), address).toEqual([]);
      expect(response.headers.get('x-robots-tag'), address).toBeNull();
    }
  });

  it('gives generated images without an extension an image content type', async () => {
    // Processing names the social cards .png (lib/static-export/social-card-files.ts); this rule
    // still serves any generated image it does not rename, such as an icon.
    const folder = await mkdtemp(path.join(tmpdir(), 'liaison-extensionless-'));
    await chmod(folder, 0o755);
    await mkdir(path.join(folder, 'projects', 'upper'), { recursive: true });
    await writeFile(path.join(folder, 'index.html'), '<!doctype html><title>x</title>');
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    await writeFile(path.join(folder, 'opengraph-image'), png);
    await writeFile(path.join(folder, 'projects', 'upper', 'opengraph-image'), png);
    const server = await startNginx(folder);
    try {
      for (const file of ['/opengraph-image', '/projects/upper/opengraph-image']) {
        const response = await fetch(`${server.baseUrl}${file}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('image/png');
      }
    } finally {
      await server.stop();
    }
  });

  it('compresses text with gzip', async () => {
    const response = await fetch(`${nginx.baseUrl}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('serves every file in out/ with a proper content type', async () => {
    const entries = await readdir(OUT, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => path.relative(OUT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      // 404.html is nginx's error page: reachable only as the body of a 404.
      .filter((file) => file !== '404.html');
    const wrong: string[] = [];
    for (const file of files) {
      const response = await fetch(`${nginx.baseUrl}/${file}`);
      const type = response.headers.get('content-type') ?? '';
      if (response.status !== 200 || type === '' || type.startsWith('application/octet-stream')) {
        wrong.push(`${file}: ${response.status} ${type}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('npm start', () => {
  it('serves the processed out/ with deploy/nginx.conf, and stops on SIGTERM', async () => {
    const port = await freePort();
    // `npm start` runs this file with tsx; started directly, the process we stop is the server.
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const deadline = Date.now() + 30_000;
      while (!output.includes('Serving out/') && Date.now() < deadline && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(output).toContain(`Serving out/ with deploy/nginx.conf at http://127.0.0.1:${port}/`);
      const home = await fetch(`http://127.0.0.1:${port}/`);
      expect(home.status).toBe(200);
      expect(missingSecurityHeaders(home.headers)).toEqual([]);
      expect(htmlProblems(await home.text())).toEqual([]);
      expect((await fetch(`http://127.0.0.1:${port}/no-such-page/`)).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    // nginx's temporary prefix (config, pid file, logs) goes with it: none names this port.
    expect(await nginxFoldersListening(port)).toEqual([]);
  });
});

/** The temporary nginx prefixes left in the system's temporary folder that serve `port`. */
async function nginxFoldersListening(port: number): Promise<string[]> {
  const found: string[] = [];
  for (const name of (await readdir(tmpdir())).filter((entry) => entry.startsWith('liaison-nginx-'))) {
    const config = await readFile(path.join(tmpdir(), name, 'site.conf'), 'utf8').catch(() => '');
    if (config.includes(`127.0.0.1:${port};`)) found.push(name);
  }
  return found;
}

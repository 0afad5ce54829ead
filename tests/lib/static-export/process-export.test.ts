// @vitest-environment node
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '@/lib/build-cache';
import { PNG_SIGNATURE } from '@/lib/static-export/social-card-files';
import { processExport } from '@/lib/static-export/process-export';

const page = (body: string, head = '') =>
  `<!doctype html><html><head><title>x</title><link rel="stylesheet" href="/_next/static/chunks/a.css">${head}<script src="/_next/static/chunks/main.js" async=""></script></head><body>${body}<script>self.__next_f.push([1,"x"])</script></body></html>`;

/** A folder shaped like Next.js's export: pages, RSC payloads, runtime chunks, CSS. */
async function exportFolder(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'liaison-export-'));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await writeFile(path.join(folder, file), content);
  }
  return folder;
}

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name))).sort();
}

describe('processExport', () => {
  it('leaves the CMS at admin/ as it is: it is no page of the site, with a policy of its own', async () => {
    const admin = '<!doctype html><html><head><title>Content editor</title></head><body><script src="decap-cms.js"></script></body></html>';
    const folder = await exportFolder({ 'index.html': page('<h1>Home</h1>'), 'admin/index.html': admin, 'admin/decap-cms.js': 'cms' });
    const summary = await processExport(folder);
    expect(summary.pages).toBe(1);
    expect(await readFile(path.join(folder, 'admin', 'index.html'), 'utf8')).toBe(admin);
    expect(await readFile(path.join(folder, 'admin', 'decap-cms.js'), 'utf8')).toBe('cms');
  });

  it('processes every page and deletes the runtime chunks, manifests, RSC payloads and the not-found page\'s copies, keeping CSS, media and enhancements', async () => {
    const folder = await exportFolder({
      'index.html': page('<h1>Home</h1>'),
      'index.txt': '0:["payload"]',
      '__next._tree.txt': 'tree',
      'projects/upper/index.html': page('<h1>UPPER</h1>', '<script type="module" src="/enhancements/menu.js" data-enhancement="menu"></script>'),
      'projects/upper/index.txt': 'payload',
      'projects/upper/__next.projects.$d$slug.__PAGE__.txt': 'payload',
      '404.html': page('<h1>Page not found</h1>'),
      '404/index.html': page('<h1>Page not found</h1>'),
      '_not-found/index.html': page('<h1>Page not found</h1>'),
      '_not-found/index.txt': 'payload',
      '_next/static/chunks/main.js': 'runtime',
      '_next/static/chunks/a.css': 'h1{}',
      '_next/static/BUILD_ID/_buildManifest.js': 'manifest',
      '_next/static/media/icon.svg': '<svg/>',
      'enhancements/menu.js': 'export{}',
      'robots.txt': 'User-agent: *',
    });
    const summary = await processExport(folder);
    expect(summary.pages).toBe(3);
    expect(await filesIn(folder)).toEqual(
      ['404.html', '_next/static/chunks/a.css', '_next/static/media/icon.svg', 'enhancements/menu.js', 'index.html', 'projects/upper/index.html', 'robots.txt'].map((file) =>
        file.split('/').join(path.sep),
      ),
    );
    expect(existsSync(path.join(folder, '_next', 'static', 'BUILD_ID'))).toBe(false);
    expect(existsSync(path.join(folder, '404'))).toBe(false);
    expect(existsSync(path.join(folder, '_not-found'))).toBe(false);
    const upper = await readFile(path.join(folder, 'projects', 'upper', 'index.html'), 'utf8');
    expect(upper).not.toContain('main.js');
    expect(upper).not.toContain('__next_f');
    expect(upper).toContain('data-enhancement="menu"');
  });

  it('fails, naming the page, when something inline is left or a module is missing', async () => {
    const folder = await exportFolder({
      'index.html': page('<p style="color: red">x</p>'),
      'about/index.html': page('<p>x</p>', '<script type="module" src="/enhancements/gone.js" data-enhancement="gone"></script>'),
    });
    await expect(processExport(folder)).rejects.toThrow(
      /about\/index\.html: enhancement \/enhancements\/gone\.js does not exist[\s\S]*index\.html: inline style attribute on <p>/,
    );
  });

  it('names each social card .png, points the tags at it, and keeps the structured data', async () => {
    const socialCard = Buffer.concat([PNG_SIGNATURE, Buffer.from('rest of the image')]).toString('latin1');
    const tags = (url: string) =>
      `<meta property="og:image" content="https://example.org${url}?a1b2"><meta name="twitter:image" content="https://example.org${url}?a1b2"><meta property="og:url" content="https://example.org/opengraph-image">`;
    const folder = await exportFolder({
      'index.html': page('<script type="application/ld+json">{"@type":"WebSite"}</script>', tags('/opengraph-image')),
      'opengraph-image': socialCard,
      'projects/upper/index.html': page('<h1>UPPER</h1>', tags('/liaison/projects/upper/opengraph-image')),
      'projects/upper/opengraph-image': socialCard,
    });
    await writeFile(path.join(folder, 'opengraph-image'), Buffer.from(socialCard, 'latin1'));
    await writeFile(path.join(folder, 'projects', 'upper', 'opengraph-image'), Buffer.from(socialCard, 'latin1'));
    const summary = await processExport(folder);
    expect(summary.socialCards).toEqual(['opengraph-image.png', 'projects/upper/opengraph-image.png']);
    expect(await filesIn(folder)).toEqual(
      ['index.html', 'opengraph-image.png', 'projects/upper/index.html', 'projects/upper/opengraph-image.png'].map((file) => file.split('/').join(path.sep)),
    );
    const home = await readFile(path.join(folder, 'index.html'), 'utf8');
    expect(home).toContain('<meta property="og:image" content="https://example.org/opengraph-image.png?a1b2">');
    expect(home).toContain('<meta name="twitter:image" content="https://example.org/opengraph-image.png?a1b2">');
    // Only image tags change; the structured data block stays, as data.
    expect(home).toContain('<meta property="og:url" content="https://example.org/opengraph-image">');
    expect(home).toContain('<script type="application/ld+json">{"@type":"WebSite"}</script>');
    const upper = await readFile(path.join(folder, 'projects', 'upper', 'index.html'), 'utf8');
    expect(upper).toContain('content="https://example.org/liaison/projects/upper/opengraph-image.png?a1b2"');
  });

  it('fails when a social card is not a PNG image', async () => {
    const folder = await exportFolder({ 'index.html': page('<h1>Home</h1>'), 'opengraph-image': '<svg/>' });
    await expect(processExport(folder)).rejects.toThrow('opengraph-image is not a PNG image');
  });

  it('refuses a folder that holds no export', async () => {
    const folder = await exportFolder({ 'readme.md': 'x' });
    await expect(processExport(folder)).rejects.toThrow(/no static export/);
  });
});

describe('processExport with a build cache', () => {
  it('writes the same pages as without one, and takes an unchanged page from the cache on the next build', async () => {
    const files = { 'index.html': page('<h1>Home</h1>'), 'projects/upper/index.html': page('<h1>UPPER</h1>') };
    const cache = new BuildCache(await mkdtemp(path.join(tmpdir(), 'liaison-page-cache-')));
    const [plain, cached] = [await exportFolder(files), await exportFolder(files)];
    await processExport(plain);
    await processExport(cached, { cache });
    for (const file of Object.keys(files)) expect(await readFile(path.join(cached, file), 'utf8')).toBe(await readFile(path.join(plain, file), 'utf8'));

    // What the cache now holds for the home page is what the next build writes for it.
    const kept = path.join(cache.folder, 'page');
    for (const entry of await readdir(kept)) {
      const entryPage = JSON.parse(await readFile(path.join(kept, entry), 'utf8'));
      if (entryPage.html.includes('<h1>Home</h1>')) await writeFile(path.join(kept, entry), JSON.stringify({ ...entryPage, html: 'from the cache' }));
    }
    const next = await exportFolder({ ...files, 'projects/upper/index.html': page('<h1>UPPER, edited</h1>') });
    await processExport(next, { cache });
    expect(await readFile(path.join(next, 'index.html'), 'utf8')).toBe('from the cache');
    expect(await readFile(path.join(next, 'projects/upper/index.html'), 'utf8')).toContain('<h1>UPPER, edited</h1>');
  });
});

// @vitest-environment node
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_CACHE_FOLDER, BuildCache, buildCache, codeFingerprint, installedPackagesFolder, nextBuildCache } from '@/lib/build-cache';

const temporary = () => mkdtemp(path.join(tmpdir(), 'liaison-cache-'));

/** A project folder with some code and an installed-packages list. */
async function project(files: Record<string, string>): Promise<string> {
  const root = await temporary();
  for (const [file, text] of Object.entries({ 'node_modules/.package-lock.json': '{"packages":{}}', ...files })) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

describe('BuildCache', () => {
  it('makes an entry once and reads it back after that, with the same bytes', async () => {
    const cache = new BuildCache(await temporary());
    let made = 0;
    const make = async () => `made ${++made}`;
    expect((await cache.remember('markdown', ['a text'], make)).toString()).toBe('made 1');
    expect((await cache.remember('markdown', ['a text'], make)).toString()).toBe('made 1');
    expect(made).toBe(1);
  });

  it('keeps entries apart by every part of the input and by kind', async () => {
    const cache = new BuildCache(await temporary());
    await cache.put('markdown', ['ab', 'c'], 'first');
    expect(await cache.get('markdown', ['a', 'bc'])).toBeUndefined();
    expect(await cache.get('page', ['ab', 'c'])).toBeUndefined();
    expect((await cache.get('markdown', [Buffer.from('ab'), 'c']))?.toString()).toBe('first');
  });

  it('makes a damaged JSON entry again and replaces it', async () => {
    const cache = new BuildCache(await temporary());
    await cache.put('page', ['page'], '{"html": "cut sho');
    expect(await cache.rememberJson('page', ['page'], async () => ({ html: 'whole' }))).toEqual({ html: 'whole' });
    expect(await cache.rememberJson('page', ['page'], async () => ({ html: 'not made again' }))).toEqual({ html: 'whole' });
  });

  it('keeps values in V8\'s format exactly, where JSON would change them', async () => {
    const cache = new BuildCache(await temporary());
    const value = { order: Infinity, nothing: null, lines: new Map([['title', { line: 2 }]]) };
    let made = 0;
    const make = () => (made++, value);
    expect(await cache.rememberValue('frontmatter', ['file'], make)).toBe(value);
    const kept = await cache.rememberValue('frontmatter', ['file'], make);
    expect(kept).not.toBe(value);
    expect(kept).toStrictEqual(value);
    expect(made).toBe(1);
  });

  it('makes a damaged value entry again, and returns a value it cannot keep', async () => {
    const cache = new BuildCache(await temporary());
    await cache.put('frontmatter', ['file'], 'not V8 bytes');
    expect(await cache.rememberValue('frontmatter', ['file'], () => ({ made: 'again' }))).toEqual({ made: 'again' });
    expect(await cache.rememberValue('frontmatter', ['file'], () => ({ made: 'twice' }))).toEqual({ made: 'again' });
    // A function cannot be written down: returned all the same, and made again next time.
    const unkept = { make: () => 'x' };
    expect(await cache.rememberValue('frontmatter', ['function'], () => unkept)).toBe(unkept);
    expect(await cache.get('frontmatter', ['function'])).toBeUndefined();
  });

  it('still returns what it made when it cannot write (a cache is never a reason for a build to fail)', async () => {
    const root = await temporary();
    await writeFile(path.join(root, 'markdown'), 'a file where the folder should be');
    const cache = new BuildCache(root);
    expect((await cache.remember('markdown', ['x'], async () => 'made')).toString()).toBe('made');
    expect(await readdir(root)).toEqual(['markdown']);
  });

  it('prunes the folders of other code and keeps its own', async () => {
    const parent = await temporary();
    const own = new BuildCache(path.join(parent, 'current'));
    const old = new BuildCache(path.join(parent, 'older'));
    await own.put('page', ['p'], 'kept');
    await old.put('page', ['p'], 'stale');
    await own.prune();
    expect(await readdir(parent)).toEqual(['current']);
    expect((await own.get('page', ['p']))?.toString()).toBe('kept');
  });
});

describe('codeFingerprint', () => {
  it('is the same for the same code, and changes with the code or with the installed packages', async () => {
    const code = { 'lib/a.ts': 'export const a = 1;', 'app/page.tsx': 'page', 'package.json': '{}', 'content/site.md': 'editors' };
    const same = [await project(code), await project(code)].map(codeFingerprint);
    expect(same[0]).toBe(same[1]);
    expect(codeFingerprint(await project({ ...code, 'lib/a.ts': 'export const a = 2;' }))).not.toBe(same[0]);
    expect(codeFingerprint(await project({ ...code, 'node_modules/.package-lock.json': '{"packages":{"remark":"16"}}' }))).not.toBe(same[0]);
  });

  it('leaves content out: an edit to content/ keeps every entry usable', async () => {
    const code = { 'lib/a.ts': 'export const a = 1;', 'package.json': '{}' };
    expect(codeFingerprint(await project({ ...code, 'content/projects/x.md': 'one' }))).toBe(codeFingerprint(await project({ ...code, 'content/projects/x.md': 'two' })));
  });
});

describe('where the cache lives', () => {
  it('is in the node_modules the build takes its packages from: its own, or the nearest above a copy of the sources', async () => {
    const root = await project({ 'lib/a.ts': 'a' });
    const copy = path.join(root, '.variants', 'copy');
    await mkdir(copy, { recursive: true });
    expect(installedPackagesFolder(root)).toBe(path.join(root, 'node_modules'));
    expect(installedPackagesFolder(copy)).toBe(path.join(root, 'node_modules'));
    expect(BuildCache.forProject(root).folder).toBe(path.join(root, 'node_modules', BUILD_CACHE_FOLDER, codeFingerprint(root)));
  });

  it('is off with LIAISON_BUILD_CACHE=off, and a value it cannot use says what to write', () => {
    expect(buildCache({ LIAISON_BUILD_CACHE: 'off' })).toBeUndefined();
    expect(buildCache({})).toBeInstanceOf(BuildCache);
    expect(() => buildCache({ LIAISON_BUILD_CACHE: 'no' })).toThrow('LIAISON_BUILD_CACHE is "no"; write off for a build that reuses nothing');
  });
});

describe('inside Next.js', () => {
  it('caches only while next build runs: not in next dev, not in tests', () => {
    expect(nextBuildCache({ NODE_ENV: 'production' })).toBeInstanceOf(BuildCache);
    expect(nextBuildCache({ NODE_ENV: 'production', LIAISON_BUILD_CACHE: 'off' })).toBeUndefined();
    expect(nextBuildCache({ NODE_ENV: 'development' })).toBeUndefined();
    expect(nextBuildCache({ NODE_ENV: 'test' })).toBeUndefined();
  });
});

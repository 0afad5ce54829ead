import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { buildCacheEnabled, type Settings } from './settings';

/**
 * The build cache: what a build makes from one input (a description's HTML, a social
 * card, a processed page) kept by the SHA-256 of that input, so a rebuild after an edit
 * redoes only what the edit changed.
 *
 * Where: `.cache/liaison/` in the `node_modules` folder the build's packages come from,
 * the usual place for tools' caches. Vercel keeps `node_modules/` between builds of a
 * project that is not its Next.js preset (`framework: null` in vercel.json; `.next/cache`
 * is kept only for that preset), and the Pages workflow keeps it with actions/cache.
 * LIAISON_BUILD_CACHE=off, or removing the folder, gives a build from nothing.
 *
 * What makes an entry valid: the same input and the same code. Entries live in a folder
 * named after the code's fingerprint (`codeFingerprint`): any change to the site's code or
 * to the installed packages starts an empty folder, and `prune` removes the old ones. A
 * cache that cannot be read or written is a miss, never a failed build.
 */

/** The cache's folder inside `node_modules`. */
export const BUILD_CACHE_FOLDER = path.join('.cache', 'liaison');

/** Everything of the site's own that the cached outputs are made by: its code and configuration. */
const CODE = ['app', 'components', 'lib', 'next.config.ts', 'tailwind.config.ts', '.postcssrc.json', 'package.json'];

/**
 * The `node_modules` folder a project's packages are installed in: its own, or the nearest
 * above it, where Node.js finds them too (a copy of the sources inside the project, as the
 * tests and the benchmark build, uses the project's).
 */
export function installedPackagesFolder(root: string): string {
  for (let folder = path.resolve(root); ; folder = path.dirname(folder)) {
    const candidate = path.join(/*turbopackIgnore: true*/ folder, 'node_modules');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) return path.join(/*turbopackIgnore: true*/ root, 'node_modules');
  }
}

/** The kinds of entry, one folder each. */
export type CacheKind = 'frontmatter' | 'markdown' | 'social-card' | 'page';

const fingerprints = new Map<string, string>();

/**
 * A short hash of every file the build's outputs are made by: the site's own (`CODE`, read
 * from `root`), names and bytes, and the list of installed packages with their versions
 * (npm's `node_modules/.package-lock.json`). Read once per process; about 200 small files.
 */
export function codeFingerprint(root: string): string {
  let fingerprint = fingerprints.get(root);
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const add = (relative: string) => {
    const absolute = path.join(/*turbopackIgnore: true*/ root, relative);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) add(path.join(relative, entry));
      return;
    }
    hash.update(`${relative.split(path.sep).join('/')}\0`);
    hash.update(readFileSync(absolute));
    hash.update('\0');
  };
  CODE.forEach(add);
  const installed = path.join(installedPackagesFolder(root), '.package-lock.json');
  hash.update(existsSync(installed) ? readFileSync(installed) : 'no installed packages');
  fingerprint = hash.digest('hex').slice(0, 16);
  fingerprints.set(root, fingerprint);
  return fingerprint;
}

/**
 * What an entry is made from: its parts, such as the options and the text. Bytes are
 * hashed as they are read, without decoding them first.
 */
export type CacheInput = ReadonlyArray<string | Uint8Array>;

/** The SHA-256 of an input's parts, each length-prefixed so no two inputs share a key. */
function keyOf(input: CacheInput): string {
  const hash = createHash('sha256');
  for (const part of input) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

export class BuildCache {
  /** @param folder this code's own folder: `node_modules/.cache/liaison/<fingerprint>`. */
  constructor(readonly folder: string) {}

  /** The cache for the code in `root`. */
  static forProject(root: string): BuildCache {
    return new BuildCache(path.join(installedPackagesFolder(root), BUILD_CACHE_FOLDER, codeFingerprint(root)));
  }

  private file(kind: CacheKind, input: CacheInput): string {
    return path.join(this.folder, kind, keyOf(input));
  }

  /**
   * The bytes kept for an input, or undefined. Read synchronously: an entry is one small
   * local file, and the thread pool's round trip cost more than the read (a load of 1000
   * files from the cache: 0.88 s with promises, 0.59 s without).
   */
  async get(kind: CacheKind, input: CacheInput): Promise<Buffer | undefined> {
    try {
      return readFileSync(this.file(kind, input));
    } catch {
      return undefined;
    }
  }

  /**
   * Keeps the bytes made from an input. Written beside and renamed into place, so a build
   * running at the same time (Next.js renders in several processes) never reads half a file.
   */
  async put(kind: CacheKind, input: CacheInput, bytes: string | Uint8Array): Promise<void> {
    const file = this.file(kind, input);
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(temporary, bytes);
      await rename(temporary, file);
    } catch {
      await rm(temporary, { force: true }).catch(() => undefined);
    }
  }

  /** What `make` makes from an input: from the cache if kept, else made and kept. */
  async remember(kind: CacheKind, input: CacheInput, make: () => Promise<Uint8Array | string>): Promise<Buffer> {
    const kept = await this.get(kind, input);
    if (kept) return kept;
    const made = await make();
    await this.put(kind, input, made);
    return Buffer.from(made);
  }

  /** A JSON value made from an input, through the cache. */
  async rememberJson<Value>(kind: CacheKind, input: CacheInput, make: () => Promise<Value>): Promise<Value> {
    const kept = await this.get(kind, input);
    if (kept) {
      try {
        return JSON.parse(kept.toString('utf8')) as Value;
      } catch {
        // A damaged entry is a miss; the one made now replaces it.
      }
    }
    const made = await make();
    await this.put(kind, input, JSON.stringify(made));
    return made;
  }

  /**
   * A value made from an input, through the cache, kept in V8's own format: for values that
   * JSON would change (numbers such as Infinity, Maps). A value that cannot be kept is still
   * returned.
   */
  async rememberValue<Value>(kind: CacheKind, input: CacheInput, make: () => Value | Promise<Value>): Promise<Value> {
    const kept = await this.get(kind, input);
    if (kept) {
      try {
        return deserialize(kept) as Value;
      } catch {
        // A damaged entry is a miss; the one made now replaces it.
      }
    }
    const made = await make();
    let bytes: Buffer | undefined;
    try {
      bytes = serialize(made);
    } catch {
      // Nested too deep to write down (only a hostile file is): made afresh each build.
    }
    if (bytes) await this.put(kind, input, bytes);
    return made;
  }

  /** Removes the folders of other code (older fingerprints): their entries can never be used again. */
  async prune(): Promise<void> {
    const parent = path.dirname(this.folder);
    const own = path.basename(this.folder);
    const entries = await readdir(parent).catch(() => [] as string[]);
    await Promise.all(entries.filter((entry) => entry !== own).map((entry) => rm(path.join(parent, entry), { recursive: true, force: true })));
  }
}

/**
 * The cache a build step uses (`check --build`, processing): this project's (the working
 * folder's), unless LIAISON_BUILD_CACHE=off.
 */
export function buildCache(env: Settings = process.env): BuildCache | undefined {
  return buildCacheEnabled(env) ? BuildCache.forProject(process.cwd()) : undefined;
}

/**
 * The cache code inside Next.js uses (the content loader, social cards): the build's, only
 * while `next build` runs (NODE_ENV=production there; `development` in `next dev`, which
 * reads every request afresh; `test` in the unit tests, which write nothing here).
 */
export function nextBuildCache(env: Settings = process.env): BuildCache | undefined {
  return env.NODE_ENV === 'production' ? buildCache(env) : undefined;
}

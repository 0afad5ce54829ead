import path from 'node:path';
import { activeContentDirectory } from './content/layout';
import { parseDay, utcDay } from './day';
import { DEFAULT_CORDIS_URL } from './routes';

/**
 * The build's settings, read from the environment and checked here and nowhere else (see
 * "Settings" in README.md): SITE_URL, BASE_PATH, LIAISON_CONTENT_DIR and LIAISON_TODAY;
 * the fact tools' LIAISON_CORDIS_URL, LIAISON_FACTS_DELAY_MS and LIAISON_FACTS_TIMEOUT_MS;
 * the build cache's LIAISON_BUILD_CACHE; and the CMS's CMS_GITHUB_REPO, CMS_BRANCH and
 * CMS_AUTH_URL. A wrong value stops with a message that names the setting and what to write instead. Each
 * is read when asked, not cached, so tests and benchmarks may change them in one process.
 */

/** Where settings are read from: the environment, or a test's own values. */
export type Settings = Readonly<Record<string, string | undefined>>;

/** The setting, named in messages and in the README. */
export const SITE_URL_SETTING = 'SITE_URL';

/** What `npm run dev` serves at, when no address is set: editors preview there. */
const DEVELOPMENT_URL = 'http://localhost:3000';

/**
 * The site's origin, such as `https://projects.example.org`, from SITE_URL. A production
 * build without it throws: a guessed address would publish wrong absolute links in every
 * page, feed and card. `next dev` and the unit tests fall back to localhost. On Vercel the
 * project's production domain is used when SITE_URL is not set.
 */
export function siteOrigin(env: Settings = process.env): string {
  const written = env[SITE_URL_SETTING]?.trim() || (env.VERCEL_PROJECT_PRODUCTION_URL ? `https://${env.VERCEL_PROJECT_PRODUCTION_URL}` : '');
  if (!written) {
    if (env.NODE_ENV !== 'production') return DEVELOPMENT_URL;
    throw new Error(
      `${SITE_URL_SETTING} is not set. A production build writes absolute addresses (canonical links, social cards, sitemap, feeds), so it needs the address the site is published at: run it as ${SITE_URL_SETTING}=https://projects.example.org npm run build (see SITE_URL in README.md).`,
    );
  }
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    throw new Error(`${SITE_URL_SETTING} is "${written}", which is not an address; write it in full, such as https://projects.example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${SITE_URL_SETTING} is "${written}"; it must start with https:// (or http:// for a local test)`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `${SITE_URL_SETTING} is "${written}"; write only the scheme and host, such as ${url.origin}, and put a sub-folder in BASE_PATH (BASE_PATH=${url.pathname.replace(/\/$/, '')})`,
    );
  }
  return url.origin;
}

/**
 * The sub-folder the site is served from, such as `/liaison`, or '' (BASE_PATH). Next.js
 * wants it with a leading slash and no trailing one.
 */
export function basePath(env: Settings = process.env): string {
  const written = env.BASE_PATH ?? '';
  if (written === '') return '';
  if (!/^(\/[\w.~-]+)+$/.test(written)) {
    const folders = written.split('/').filter(Boolean).join('/');
    throw new Error(
      `BASE_PATH is "${written}"; write the sub-folder with a slash before it and none after, such as BASE_PATH=/${folders || 'liaison'} (letters, digits, -, _, . and ~ only), or leave it unset to serve from the root`,
    );
  }
  return written;
}

/** The absolute address of one of the site's own paths: `/projects/upper/` → `https://…/liaison/projects/upper/`. */
export function absoluteUrl(path: string, env: Settings = process.env): string {
  return `${siteOrigin(env)}${basePath(env)}${path}`;
}

/**
 * The content folder: `content/` once it holds a site of its own, the example host in
 * `content/example/` until then (lib/content/layout.ts), unless LIAISON_CONTENT_DIR points
 * elsewhere, so tests and benchmarks can build the whole site from another folder.
 */
export function contentDirectory(env: Settings = process.env): string {
  // Content is read at build time only (every page is static), so the server bundle must
  // not trace the folder: tell Turbopack not to follow this path.
  return path.resolve(/*turbopackIgnore: true*/ env.LIAISON_CONTENT_DIR || activeContentDirectory(process.cwd()));
}

/**
 * The day statuses are worked out for: LIAISON_TODAY (`YYYY-MM-DD`), or today. A day, not
 * an instant: statuses change by the day, and the loader's options stay the same (and so
 * cacheable) all day long.
 */
export function statusDay(env: Settings = process.env): Date {
  const written = env.LIAISON_TODAY?.trim();
  if (!written) return new Date(utcDay(new Date()));
  const day = parseDay(written);
  if (day === undefined) {
    throw new Error(`LIAISON_TODAY is "${written}", which is not a day; write it as YYYY-MM-DD, such as LIAISON_TODAY=2026-06-15, or leave it unset for today`);
  }
  return new Date(day);
}

/**
 * Whether builds use the build cache (lib/build-cache.ts): yes unless LIAISON_BUILD_CACHE=off,
 * which the benchmark's clean builds set, as does anyone who wants a build from nothing.
 */
export function buildCacheEnabled(env: Settings = process.env): boolean {
  const written = env.LIAISON_BUILD_CACHE?.trim();
  if (!written || written === 'on') return true;
  if (written === 'off') return false;
  throw new Error(`LIAISON_BUILD_CACHE is "${written}"; write off for a build that reuses nothing from earlier builds, or leave it unset`);
}

// The fact tools (`npm run new -- --cordis`, `npm run facts`): every remote address is a
// setting, so tests point them at local servers that speak CORDIS's format.

/** What the fact tools need to know to talk to CORDIS and to other sites. */
export interface FactsSettings {
  /** CORDIS's address, without a trailing slash: `https://cordis.europa.eu` unless LIAISON_CORDIS_URL says otherwise. */
  cordisUrl: string;
  /** How long to wait between two requests to the same host (LIAISON_FACTS_DELAY_MS), to be polite. */
  delayMs: number;
  /** How long a request may take before it counts as failed (LIAISON_FACTS_TIMEOUT_MS). */
  timeoutMs: number;
}


/** Reads the settings once; a setting that cannot be used stops the tool with a message that says what to write. */
export function factsSettings(env: Settings = process.env): FactsSettings {
  return {
    cordisUrl: cordisBaseUrl(env),
    delayMs: milliseconds(env, 'LIAISON_FACTS_DELAY_MS', 1000),
    timeoutMs: milliseconds(env, 'LIAISON_FACTS_TIMEOUT_MS', 20_000),
  };
}

/** CORDIS's base address: the real one, or a local server that speaks its format in tests. */
export function cordisBaseUrl(env: Settings = process.env): string {
  const written = env.LIAISON_CORDIS_URL?.trim() || DEFAULT_CORDIS_URL;
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    throw new SettingError(`LIAISON_CORDIS_URL is "${written}", which is not an address; write one such as ${DEFAULT_CORDIS_URL}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SettingError(`LIAISON_CORDIS_URL must start with https:// (or http:// for a local test server), such as ${DEFAULT_CORDIS_URL}`);
  }
  return url.href.replace(/\/+$/, '');
}

function milliseconds(env: Settings, name: string, fallback: number): number {
  const written = env[name]?.trim();
  if (!written) return fallback;
  if (!/^\d+$/.test(written)) throw new SettingError(`${name} is "${written}"; write a whole number of milliseconds, such as ${fallback}`);
  return Number(written);
}

/** A setting in the environment that cannot be used; its message is for the person who set it. */
export class SettingError extends Error {
  override name = 'SettingError';
}

// The CMS's sign-in to GitHub (see "Editing in the browser" in README.md).

/**
 * The CMS's GitHub settings, which differ per site and so are not in the committed
 * config.yml: read from the build's environment by `npm run build`'s last step.
 * - CMS_GITHUB_REPO: `owner/name` of the repository editors work on. On Vercel and in
 *   GitHub Actions it defaults to the repository being built.
 * - CMS_BRANCH: the branch the site is built from (`main`).
 * - CMS_AUTH_URL: the address of the small sign-in service (an OAuth proxy) that lets
 *   editors sign in with GitHub; see "Editing in the browser" in the README.
 */
export interface CmsBackendSettings {
  repo?: string;
  branch: string;
  authUrl?: string;
}

const REPO = /^[\w.-]+\/[\w.-]+$/;

/** The settings from an environment, with a message for each value that cannot be used. */
export function cmsBackendSettings(env: Settings = process.env): CmsBackendSettings {
  const fromVercel = env.VERCEL_GIT_REPO_OWNER && env.VERCEL_GIT_REPO_SLUG ? `${env.VERCEL_GIT_REPO_OWNER}/${env.VERCEL_GIT_REPO_SLUG}` : undefined;
  const repo = env.CMS_GITHUB_REPO || fromVercel || env.GITHUB_REPOSITORY || undefined;
  if (repo !== undefined && !REPO.test(repo)) throw new Error(`CMS_GITHUB_REPO is "${repo}"; write the repository as owner/name, such as example-org/liaison`);
  const authUrl = env.CMS_AUTH_URL || undefined;
  if (authUrl !== undefined && !/^https:\/\/[^/\s]+(\/\S*)?$/.test(authUrl)) {
    throw new Error(`CMS_AUTH_URL is "${authUrl}"; write the sign-in service's address, starting with https://`);
  }
  return { repo, branch: env.CMS_BRANCH || 'main', authUrl: authUrl?.replace(/\/$/, '') };
}

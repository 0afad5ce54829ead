/**
 * Where the site is published, for the addresses that must be absolute: canonical links,
 * social cards, the sitemap, feeds, structured data and the JSON API.
 */

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
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string {
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

/** The sub-folder the site is served from, or '' (BASE_PATH). */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.BASE_PATH ?? '';
}

/** The absolute address of one of the site's own paths: `/projects/upper/` → `https://…/liaison/projects/upper/`. */
export function absoluteUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${siteOrigin(env)}${basePath(env)}${path}`;
}

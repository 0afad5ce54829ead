/**
 * The site's security headers: the one source for every target. Both production targets
 * serve the processed static export (`npm run build` writes `out/`): `vercel.json` and
 * `deploy/nginx.conf` carry generated copies (`npm run deploy:headers` rewrites both, and
 * tests fail when either drifts). `next.config.ts` sends the development policy from
 * `next dev`. The CMS at /admin/ gets its own headers (`{ admin: true }`) everywhere.
 */

/** A response header name and value. */
export interface Header {
  key: string;
  value: string;
}

/**
 * Content-Security-Policy. Everything comes from the site itself, and nothing inline runs
 * or applies: the processed pages carry no framework scripts, no inline page data and no
 * inline styles (`npm run build` fails if any remains), so neither `script-src` nor
 * `style-src` needs `'unsafe-inline'`. Only `next dev`, the editing server, runs Next's
 * client runtime, which needs inline scripts and styles and `eval` for fast refresh; that
 * policy is never sent to visitors.
 */
export function contentSecurityPolicy({ development = false, admin = false }: HeaderOptions = {}): string {
  if (admin) return serialise(adminDirectives());
  const inline = development ? ["'unsafe-inline'"] : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...inline, ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", ...inline],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return serialise(directives);
}

/** Which policy: the public pages' (by default), the editing server's, or the CMS's at /admin/. */
export interface HeaderOptions {
  development?: boolean;
  admin?: boolean;
}

/** The address the CMS reads and writes content through when editors sign in with GitHub. */
export const GIT_HOST_API = 'https://api.github.com';

/**
 * The CMS at /admin/ (Decap CMS, lib/admin/) is no public page and gets a policy of its own.
 * Its scripts come from the site like every other (`'self'`), and it talks to the git host's
 * API. Beyond that it needs (checked in Chromium by taking each away):
 * - `'unsafe-eval'` in script-src: Decap validates its configuration with ajv, which compiles
 *   each JSON Schema into a function with `new Function`; without it the admin never starts;
 * - `'unsafe-inline'` in style-src: Decap styles its interface with emotion, which writes
 *   `<style>` elements at run time (violations on every screen without it);
 * - `blob:` in connect-src: to save an upload, Decap reads the chosen file back from its
 *   in-memory (`blob:`) address with `fetch` (the upload fails without it);
 * - `blob:` in img-src: Decap previews a chosen picture from that address before it is
 *   saved; `https://avatars.githubusercontent.com`: the signed-in editor's picture (GitHub
 *   sign-in cannot be exercised offline, so these two are from Decap's code, not a test).
 * No inline script runs: `/admin/index.html` only loads files. The local backend of
 * `npm run edit` is reached through the editing server's own origin, so no other origin is
 * allowed, not even in development.
 */
function adminDirectives(): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", 'blob:', GIT_HOST_API],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

function serialise(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * Every security header, in the order they are sent.
 *
 * No `Cross-Origin-Opener-Policy` (decided in issue 20). What it protects: a page that
 * another site opens keeps no `window.opener` link to it, which guards pages with a
 * session or per-visitor state against cross-window leaks, and it is the first half of
 * cross-origin isolation. This site has neither: it is the same static HTML for everyone,
 * with no login, no pop-ups and no cross-origin isolation to earn, and its own links to
 * other sites already send `rel="noopener"` (components/ExternalLink.tsx). What it cost:
 * a navigation into a COOP page from a page without it swaps the browsing context group,
 * and in Lighthouse 12.2.3 (mobile, the bench's Chromium flags, same export, quiet machine,
 * 3 runs each) the themes index went from TBT 3–7 ms to 32–250 ms (Performance 95–100),
 * and with `--headless=new --disable-dev-shm-usage` LCP from 756–773 ms to 873–964 ms.
 * The other headers moved nothing measurable. Still to measure when the machine is quiet
 * (it was shared by five builds when this was decided, load average near 20, too noisy for
 * millisecond figures): 10 or more interleaved runs per variant, to show the spread.
 */
export function securityHeaders(options: HeaderOptions = {}): Header[] {
  const headers = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    },
    { key: 'X-Frame-Options', value: 'DENY' },
    // The CMS signs editors in through a pop-up on the sign-in service's origin, which hands
    // the token back to this window: the pop-up must keep its link to the opener. The
    // admin holds a session (the editor's token), which is what COOP guards.
    ...(options.admin ? [{ key: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' }] : []),
  ];
  // The CMS is for editors, never for search results (robots.txt disallows it too).
  return options.admin ? [...headers, { key: 'X-Robots-Tag', value: 'noindex, nofollow' }] : headers;
}

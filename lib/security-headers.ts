/**
 * The site's security headers: the one source for every target. Both production targets
 * serve the processed static export (`npm run build` writes `out/`): `vercel.json` and
 * `deploy/nginx.conf` carry generated copies (`npm run deploy:headers` rewrites both, and
 * tests fail when either drifts). `next.config.ts` sends the development policy from
 * `next dev`.
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
export function contentSecurityPolicy({ development = false } = {}): string {
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
export function securityHeaders(options: { development?: boolean } = {}): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    },
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}

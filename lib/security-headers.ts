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

/** Every security header, in the order they are sent. */
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
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

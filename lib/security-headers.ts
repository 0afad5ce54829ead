/**
 * The site's security headers: the one source for every target. `next.config.ts` sends
 * them from `next start` and on Vercel; `deploy/nginx.conf` carries a generated copy for
 * static hosting (`npm run deploy:nginx` rewrites it, and a test fails when it drifts).
 */

/** A response header name and value. */
export interface Header {
  key: string;
  value: string;
}

/**
 * Content-Security-Policy. Everything comes from the site itself. Two exceptions, both
 * explained in the README: `script-src 'unsafe-inline'`, because Next.js writes its page
 * data as inline scripts and a static page cannot carry a per-request nonce; and
 * `style-src 'unsafe-inline'`, because Next.js and React set inline style attributes
 * (next/image does). No `unsafe-eval`, except in `next dev`, where React needs it.
 */
export function contentSecurityPolicy({ development = false } = {}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
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

import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security-headers';

/**
 * Two targets from one codebase:
 * - `next build` (the default, and what Vercel runs): a Node server with headers below;
 * - `npm run build:static` (STATIC_EXPORT=1): plain files in `out/` for any static host,
 *   optionally under a sub-folder (BASE_PATH=/liaison), served with deploy/nginx.conf.
 */
const staticExport = process.env.STATIC_EXPORT === '1';
const basePath = process.env.BASE_PATH || undefined;

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Addresses end in a slash so a static export is folders of index.html files that any
  // plain web server serves without redirects or folder listings.
  trailingSlash: true,
  basePath,
  ...(staticExport
    ? {
        // Writes `out/`. It reuses `.next/` on the way, so run `npm run build` again
        // afterwards before `npm start`.
        output: 'export',
        images: { unoptimized: true },
      }
    : {
        async headers() {
          const development = process.env.NODE_ENV === 'development';
          return [{ source: '/:path*', headers: securityHeaders({ development }) }];
        },
      }),
};

export default nextConfig;

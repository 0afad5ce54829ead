import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { ADMIN_FOLDER } from './lib/admin/paths';
import { codeFingerprint } from './lib/build-cache';
import { LOCAL_BACKEND_SETTING } from './lib/admin/local-backend';
import { securityHeaders } from './lib/security-headers';
import { basePath as readBasePath } from './lib/settings';

/**
 * Next.js is the editing server and the page generator, not a production server:
 * - `next dev` (`npm run dev`) serves the site live, with drafts, for editors;
 * - every other phase is `npm run build`: a static export to `out/`, which the build then
 *   turns into plain HTML and CSS (lib/static-export). Vercel and nginx serve those files
 *   with the headers in vercel.json and deploy/nginx.conf; there is no `next start` target.
 * BASE_PATH=/liaison serves the site from a sub-folder.
 */
export default function nextConfig(phase: string): NextConfig {
  const basePath = readBasePath() || undefined;
  const common: NextConfig = {
    reactStrictMode: true,
    poweredByHeader: false,
    // Addresses end in a slash so the export is folders of index.html files that any
    // plain web server serves without redirects or folder listings.
    trailingSlash: true,
    basePath,
  };
  if (phase === PHASE_DEVELOPMENT_SERVER) {
    const localBackend = process.env[LOCAL_BACKEND_SETTING];
    return {
      ...common,
      async headers() {
        return [
          { source: `/:path((?!${ADMIN_FOLDER}/).*)`, headers: securityHeaders({ development: true }) },
          { source: `/${ADMIN_FOLDER}/:path*`, headers: securityHeaders({ admin: true }) },
        ];
      },
      // The CMS (public/admin/, `npm run admin`) at /admin/ as static hosts serve it, and,
      // under `npm run edit`, its local backend (decap-server) on the same origin.
      async rewrites() {
        return [
          { source: `/${ADMIN_FOLDER}/`, destination: `/${ADMIN_FOLDER}/index.html` },
          ...(localBackend ? [{ source: `/${ADMIN_FOLDER}/local-backend/:path*`, destination: `${localBackend}/:path*` }] : []),
        ];
      },
    };
  }
  return {
    ...common,
    output: 'export',
    images: { unoptimized: true },
    // Types are checked where code changes: `npm run typecheck`, first in `npm test`, which
    // CI runs on every push and pull request, and nothing lands on a red CI. A build is
    // made for content, which holds no types; checking them again cost every deploy 15 to
    // 37 s on 2 cores (issue 20).
    typescript: { ignoreBuildErrors: true },
    // Source maps make a prerender error's stack point at the sources; reading them cost the
    // page generator 1.3 s at 1000 projects and 30 MB of memory. Content problems never get
    // that far: the check before the build names the file and the field.
    enablePrerenderSourceMaps: false,
    // The build's id is written into every page; Next.js's default is random. From the code,
    // the same sources make the same pages, and processing finds unchanged pages in the
    // build cache (lib/build-cache.ts). No client runtime ships, so nothing else reads it.
    generateBuildId: () => codeFingerprint(process.cwd()),
  };
}

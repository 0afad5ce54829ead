import { ADMIN_FOLDER } from '../admin/paths';
import { securityHeaders, type Header } from '../security-headers';

/** Vercel's project config, relative to the project root. */
export const VERCEL_JSON = 'vercel.json';

/** Vercel's patterns for the public pages (all but /admin/) and for the CMS. */
export const PUBLIC_SOURCE = `/((?!${ADMIN_FOLDER}/).*)`;
export const ADMIN_SOURCE = `/${ADMIN_FOLDER}/(.*)`;

/** What `/_next/static/` files get: their names carry a content hash, so they never change. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * The whole of `vercel.json`, generated so its headers are lib/security-headers.ts's
 * (`npm run deploy:headers` writes it; a test fails when it drifts). Vercel deploys the
 * processed export as plain files: no framework preset (so Vercel runs no Next.js server
 * and makes no functions), `npm run build` as the build, `out/` as the output, clean URLs
 * with trailing slashes like nginx, and the site's 404.html for unknown addresses, which
 * Vercel serves from the output's root by itself.
 */
export function vercelConfig(): Record<string, unknown> {
  // Every address but the CMS's gets the public pages' headers; /admin/ gets its own.
  const everywhere: { source: string; headers: Header[] } = { source: PUBLIC_SOURCE, headers: securityHeaders() };
  const admin: { source: string; headers: Header[] } = { source: ADMIN_SOURCE, headers: securityHeaders({ admin: true }) };
  return {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    framework: null,
    buildCommand: 'npm run build',
    outputDirectory: 'out',
    cleanUrls: true,
    trailingSlash: true,
    headers: [everywhere, admin, { source: '/_next/static/(.*)', headers: [{ key: 'Cache-Control', value: IMMUTABLE_CACHE_CONTROL }] }],
  };
}

/** `vercel.json`'s text, exactly as written to disk. */
export function vercelJson(): string {
  return `${JSON.stringify(vercelConfig(), null, 2)}\n`;
}

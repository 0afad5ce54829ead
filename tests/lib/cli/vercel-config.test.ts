// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERCEL_JSON, vercelJson } from '@/lib/cli/vercel-config';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security-headers';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * Both production configs carry lib/security-headers.ts (deploy/nginx.conf is checked in
 * tests/lib/security-headers.test.ts), and the policy they carry is the strict one.
 */
describe('the production headers', () => {
  it('vercel.json is generated from lib/security-headers.ts (run npm run deploy:headers)', async () => {
    const written = await readFile(path.join(ROOT, VERCEL_JSON), 'utf8');
    expect(written).toBe(vercelJson());
    const everywhere = JSON.parse(written).headers.find((rule: { source: string }) => rule.source === '/(.*)');
    expect(everywhere.headers).toEqual(securityHeaders());
  });

  it("allows no inline script or style, and no eval, outside next dev", () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain('unsafe-');
    // The editing server runs Next.js's client runtime, which needs all three.
    const development = contentSecurityPolicy({ development: true });
    expect(development).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(development).toContain("style-src 'self' 'unsafe-inline'");
  });

  it('deploys the processed export as plain files on Vercel, with clean URLs ending in a slash', () => {
    const config = JSON.parse(vercelJson());
    expect(config).toMatchObject({ framework: null, buildCommand: 'npm run build', outputDirectory: 'out', cleanUrls: true, trailingSlash: true });
  });
});

// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_SOURCE, PUBLIC_SOURCE, VERCEL_JSON, vercelJson } from '@/lib/cli/vercel-config';
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
    const rules = JSON.parse(written).headers as Array<{ source: string; headers: unknown }>;
    expect(rules.find((rule) => rule.source === PUBLIC_SOURCE)?.headers).toEqual(securityHeaders());
    expect(rules.find((rule) => rule.source === ADMIN_SOURCE)?.headers).toEqual(securityHeaders({ admin: true }));
  });

  it('sends the CMS at /admin/ its own policy, and every other address the public one', () => {
    // Vercel's sources are path-to-regexp patterns, matched against the whole path.
    const matches = (source: string, address: string) => new RegExp(`^${source}$`).test(address);
    for (const address of ['/', '/projects/admin/', '/administration/', '/admin']) {
      expect([matches(PUBLIC_SOURCE, address), matches(ADMIN_SOURCE, address)], address).toEqual([true, false]);
    }
    for (const address of ['/admin/', '/admin/config.yml', '/admin/decap-cms.js']) {
      expect([matches(PUBLIC_SOURCE, address), matches(ADMIN_SOURCE, address)], address).toEqual([false, true]);
    }
    const admin = contentSecurityPolicy({ admin: true });
    expect(admin).toContain("connect-src 'self' blob: https://api.github.com;");
    expect(admin).toContain("script-src 'self' 'unsafe-eval';");
    expect(admin).not.toMatch(/script-src[^;]*unsafe-inline/);
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

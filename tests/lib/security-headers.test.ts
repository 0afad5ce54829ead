// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NGINX_CONF, withSecurityHeaders } from '@/lib/cli/nginx-headers';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security-headers';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('security headers', () => {
  it('deploy/nginx.conf sends the policy of lib/security-headers.ts (run npm run deploy:headers)', async () => {
    const config = await readFile(path.join(ROOT, NGINX_CONF), 'utf8');
    expect(withSecurityHeaders(config)).toBe(config);
    for (const { key } of securityHeaders()) expect(config).toMatch(new RegExp(`add_header ${key} ("|\\$liaison_)`));
  });

  it('has the directives the site promises, and no unsafe-eval outside next dev', () => {
    const policy = contentSecurityPolicy();
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy({ development: true })).toContain("'unsafe-eval'");
  });
});

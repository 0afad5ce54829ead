import { securityHeaders } from '../security-headers';
import { NGINX_CONF } from '../serve/nginx';

export { NGINX_CONF };

const BLOCK = /( *)# BEGIN security headers[^\n]*\n[\s\S]*?# END security headers/;

/**
 * The config with its security-header block rewritten from lib/security-headers.ts, so
 * nginx sends exactly what Vercel sends (`npm run deploy:headers` writes it).
 */
export function withSecurityHeaders(config: string): string {
  const match = BLOCK.exec(config);
  if (!match) throw new Error(`${NGINX_CONF} has no "# BEGIN security headers" … "# END security headers" block`);
  const indent = match[1] ?? '';
  const lines = securityHeaders().map(
    ({ key, value }) => `${indent}add_header ${key} "${value.replaceAll('"', '\\"')}" always;`,
  );
  return config.replace(
    BLOCK,
    [
      `${indent}# BEGIN security headers: generated from lib/security-headers.ts by \`npm run deploy:headers\``,
      ...lines,
      `${indent}# END security headers`,
    ].join('\n'),
  );
}


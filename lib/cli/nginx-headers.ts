import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { securityHeaders } from '../security-headers';

/** The nginx config for static hosting, relative to the project root. */
export const NGINX_CONF = path.join('deploy', 'nginx.conf');

const BLOCK = /( *)# BEGIN security headers[^\n]*\n[\s\S]*?# END security headers/;

/**
 * The config with its security-header block rewritten from lib/security-headers.ts, so
 * nginx sends exactly what `next start` and Vercel send.
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
      `${indent}# BEGIN security headers: generated from lib/security-headers.ts by \`npm run deploy:nginx\``,
      ...lines,
      `${indent}# END security headers`,
    ].join('\n'),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = path.resolve(NGINX_CONF);
  await writeFile(file, withSecurityHeaders(await readFile(file, 'utf8')));
  console.log(`Updated the security headers in ${NGINX_CONF}.`);
}

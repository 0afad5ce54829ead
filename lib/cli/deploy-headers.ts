import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { NGINX_CONF, withSecurityHeaders } from './nginx-headers';
import { VERCEL_JSON, vercelJson } from './vercel-config';

/**
 * `npm run deploy:headers`: writes the security headers of lib/security-headers.ts into
 * both production configs, deploy/nginx.conf and vercel.json, so the two hosts send the
 * same policy. Run it after changing the policy; tests fail until you do.
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const nginx = path.resolve(NGINX_CONF);
  await writeFile(nginx, withSecurityHeaders(await readFile(nginx, 'utf8')));
  await writeFile(path.resolve(VERCEL_JSON), vercelJson());
  console.log(`Updated the security headers in ${NGINX_CONF} and ${VERCEL_JSON}.`);
}

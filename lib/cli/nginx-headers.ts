import { ADMIN_FOLDER } from '../admin/paths';
import { securityHeaders } from '../security-headers';
import { NGINX_CONF } from '../serve/nginx';

export { NGINX_CONF };

const BLOCK = /( *)# BEGIN security headers[^\n]*\n[\s\S]*?# END security headers/;
const MAPS = /( *)# BEGIN security header maps[^\n]*\n[\s\S]*?# END security header maps/;

/** nginx's variable for a header whose value depends on the address: `$liaison_content_security_policy`. */
function variableFor(key: string): string {
  return `$liaison_${key.toLowerCase().replaceAll('-', '_')}`;
}

const quoted = (value: string) => `"${value.replaceAll('"', '\\"')}"`;

/**
 * The config with its security headers rewritten from lib/security-headers.ts, so nginx
 * sends exactly what Vercel sends (`npm run deploy:headers` writes it). A header that is
 * the same everywhere is one `add_header` line; one the CMS at /admin/ gets differently is
 * chosen by a `map` on the address (an empty value sends no header), so no `location`
 * needs its own `add_header` lines, which would drop all the others there.
 */
export function withSecurityHeaders(config: string): string {
  const block = BLOCK.exec(config);
  if (!block) throw new Error(`${NGINX_CONF} has no "# BEGIN security headers" … "# END security headers" block`);
  const maps = MAPS.exec(config);
  if (!maps) throw new Error(`${NGINX_CONF} has no "# BEGIN security header maps" … "# END security header maps" block`);
  const everywhere = securityHeaders();
  const admin = securityHeaders({ admin: true });
  const keys = [...new Set([...everywhere, ...admin].map((header) => header.key))];
  const indent = block[1] ?? '';
  const mapIndent = maps[1] ?? '';
  const lines: string[] = [];
  const mapLines: string[] = [];
  for (const key of keys) {
    const value = everywhere.find((header) => header.key === key)?.value ?? '';
    const adminValue = admin.find((header) => header.key === key)?.value ?? '';
    if (value === adminValue) {
      lines.push(`${indent}add_header ${key} ${quoted(value)} always;`);
      continue;
    }
    lines.push(`${indent}add_header ${key} ${variableFor(key)} always;`);
    mapLines.push(
      `${mapIndent}map $uri ${variableFor(key)} {`,
      `${mapIndent}    ~^/${ADMIN_FOLDER}/  ${quoted(adminValue)};`,
      `${mapIndent}    default    ${quoted(value)};`,
      `${mapIndent}}`,
    );
  }
  return config
    .replace(
      MAPS,
      [
        `${mapIndent}# BEGIN security header maps: generated from lib/security-headers.ts by \`npm run deploy:headers\``,
        `${mapIndent}# The CMS at /${ADMIN_FOLDER}/ gets its own values of these headers (see the README, "Editing in the browser").`,
        ...mapLines,
        `${mapIndent}# END security header maps`,
      ].join('\n'),
    )
    .replace(
      BLOCK,
      [
        `${indent}# BEGIN security headers: generated from lib/security-headers.ts by \`npm run deploy:headers\``,
        ...lines,
        `${indent}# END security headers`,
      ].join('\n'),
    );
}

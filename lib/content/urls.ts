/**
 * The rules for addresses in content, in one place: the frontmatter fields, the links in
 * descriptions and the sanitiser all read them, so the check can never accept an address
 * that the sanitiser would then silently strip from the page.
 */

/**
 * Schemes a link may use, lower case. `http:` is not among them: the site is served over
 * https, and an insecure link is refused with the https address to write instead.
 */
export const LINK_SCHEMES = ['https', 'mailto', 'tel'] as const;

/**
 * Public files (logos, pictures): a path from `/` in letters, digits, `-`, `_`, `.` and
 * `/`; never `..`, never `//` (another site's address) and no hidden `.` folders or files.
 */
export const PUBLIC_FILE_PATH = /^(?!.*\/\/)(?!.*\/\.)\/[\w\-./]+$/;

/** `decodeURIComponent` without the throw: undefined for text such as `%zz`. */
export function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** What is wrong with a web address in the frontmatter, with the address to write instead. */
export function describeWebAddressProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    const bare = value.trim().replace(/^\/+/, '');
    return `"${value}" is not a full address; write https://${bare || 'example.org/'}`;
  }
  if (url.protocol === 'http:') {
    return `"${value}" is not a secure address; write ${secureVersion(value)}`;
  }
  if (url.protocol !== 'https:' || !isPublicHost(url)) {
    return `"${value}" is not a web address; write a full address that starts with https://`;
  }
  return undefined;
}

/**
 * A public site's address: a dotted host name, and no user name or password before it
 * (`https://bank.eu@evil.eu` leads to evil.eu).
 */
function isPublicHost(url: URL): boolean {
  return url.hostname.includes('.') && !/^[\d.]+$/.test(url.hostname) && url.username === '' && url.password === '';
}

/**
 * What is wrong with the address of a link in a description, or the tidied address to use.
 * Links inside the site (`/…`) and to headings (`#…`) are checked by the loader.
 */
export function checkLinkAddress(value: string): { problem: string } | { href: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      problem: `the link "${value}" is not a full address; write https://… for other sites or /… for pages of this site`,
    };
  }
  const scheme = url.protocol.slice(0, -1);
  if (scheme === 'http') {
    return { problem: `the link "${value}" is not a secure address; write ${secureVersion(value)}` };
  }
  if (!(LINK_SCHEMES as readonly string[]).includes(scheme)) {
    return {
      problem: `the link "${value}" uses ${url.protocol} which browsers block or misuse; link to an https:// address instead`,
    };
  }
  // The same rule as the frontmatter's addresses: a public site, named, without a login.
  if ((scheme === 'https' && !isPublicHost(url)) || (scheme !== 'https' && url.pathname.trim() === '')) {
    return {
      problem: `the link "${value}" is not a usable address; write a full address such as https://example.org/, mailto:name@example.org or tel:+3212345678`,
    };
  }
  // The address as the browser reads it: scheme and host in lower case
  // (`HTTPS://Civitas.eu` → `https://civitas.eu/`), so the sanitiser keeps it.
  return { href: url.href };
}

/** `http://Example.org/a` → `https://Example.org/a`: the same address, secure. */
function secureVersion(value: string): string {
  return `https://${value.trim().replace(/^http:\/*/i, '')}`;
}

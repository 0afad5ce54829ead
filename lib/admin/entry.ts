import { FORMATS } from './formats';

/**
 * The admin's own module (bundled to /admin/admin.js by `npm run admin`; never part of a
 * public page). It runs after Decap CMS's script and before its configuration has loaded:
 * it registers the formats that keep files as editors wrote them (lib/admin/formats.ts)
 * and gives the preview the site's own stylesheet.
 */

interface DecapCms {
  registerCustomFormat(name: string, extension: string, format: unknown): void;
  registerPreviewStyle(href: string): void;
}

const cms = (window as unknown as { CMS?: DecapCms }).CMS;
if (!cms) throw new Error('Decap CMS did not load: /admin/decap-cms.js is missing (run npm run admin).');

for (const [name, { extension, format }] of Object.entries(FORMATS)) cms.registerCustomFormat(name, extension, format);

// The stylesheet's name carries a content hash, so it is read from the listing page, which
// is the admin's parent folder (also under a BASE_PATH).
const home = new URL('../', window.location.href);
void fetch(home)
  .then((response) => response.text())
  .then((html) => {
    const page = new DOMParser().parseFromString(html, 'text/html');
    for (const link of page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][href]')) {
      cms.registerPreviewStyle(new URL(link.getAttribute('href') ?? '', home).href);
    }
  })
  .catch(() => {
    // Without the stylesheet the preview still shows every value, in the CMS's own style.
  });

import { FORMATS } from './formats';

/**
 * The admin's own module (bundled to /admin/admin.js by `npm run admin`; never part of a
 * public page). It loads before Decap CMS's script and asks it not to start by itself;
 * once both have run it registers the formats that keep files as editors wrote them
 * (lib/admin/formats.ts), gives the preview the site's own stylesheet, and starts the CMS
 * with config.yml plus the one setting that depends on where the admin is opened: the
 * local backend of `npm run edit`, which Decap wants as a full address and which the
 * editing server forwards from the admin's own folder. Decap tries it only on localhost.
 */

interface DecapCms {
  registerCustomFormat(name: string, extension: string, format: unknown): void;
  registerPreviewStyle(href: string): void;
  init(options: { config: Record<string, unknown> }): void;
}

const page = window as unknown as { CMS?: DecapCms; CMS_MANUAL_INIT?: boolean };
page.CMS_MANUAL_INIT = true;

document.addEventListener('DOMContentLoaded', () => {
  const cms = page.CMS;
  if (!cms) throw new Error('Decap CMS did not load: /admin/decap-cms.js is missing (run npm run admin).');
  for (const [name, { extension, format }] of Object.entries(FORMATS)) cms.registerCustomFormat(name, extension, format);
  registerSiteStylesheet(cms);
  cms.init({ config: { local_backend: { url: new URL(LOCAL_BACKEND_FOLDER, window.location.href).href } } });
});

/**
 * Where, relative to the admin's folder, the editing server forwards to decap-server. With
 * the trailing slash every address of the site has: without it, `next dev` first redirects
 * each of Decap's POSTs, and saving failed with "socket hang up".
 */
const LOCAL_BACKEND_FOLDER = 'local-backend/api/v1/';

/**
 * The stylesheet's name carries a content hash, so it is read from the listing page, which
 * is the admin's parent folder (also under a BASE_PATH).
 */
function registerSiteStylesheet(cms: DecapCms): void {
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
}

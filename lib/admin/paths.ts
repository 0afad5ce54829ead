/** Where the CMS is served from, relative to the site's root: `/admin/` (under BASE_PATH, if any). */
export const ADMIN_FOLDER = 'admin';

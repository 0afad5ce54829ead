/**
 * The address of the CMS's local backend (decap-server) that `npm run edit` started; the
 * editing server forwards /admin/local-backend/ to it (next.config.ts).
 */
export const LOCAL_BACKEND_SETTING = 'LIAISON_CMS_LOCAL_BACKEND';

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ADMIN_OUTPUT, assembleAdmin, type AdminFile } from '../admin/assemble';
import { configureBackend } from '../admin/backend';
import { contentDirectory } from '../settings';

/**
 * `npm run admin`: puts the CMS together in public/admin/, with its form for the content folder
 * the site is built from (`dev`, `edit` and `build` run it).
 * `tsx lib/cli/admin.ts backend out`: after the export, writes the site's GitHub repository
 * and sign-in address into out/admin/config.yml (`build` runs it).
 */

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const sum = (files: AdminFile[], key: 'bytes' | 'gzipBytes') => files.reduce((total, file) => total + file[key], 0);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    if (process.argv[2] === 'backend') {
      const outDir = path.resolve(process.argv[3] ?? 'out');
      console.log(await configureBackend(outDir, process.env));
    } else {
      const files = await assembleAdmin(path.resolve(ADMIN_OUTPUT), contentDirectory());
      const first = files.filter((file) => ['decap-cms.js', 'admin.js', 'index.html', 'config.yml'].includes(file.name));
      console.log(
        `Put the CMS together in ${ADMIN_OUTPUT}/: ${kb(sum(first, 'bytes'))} (${kb(sum(first, 'gzipBytes'))} gzipped) loaded when /admin/ opens; ${files.length} files, ${kb(sum(files, 'bytes'))} in all.`,
      );
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

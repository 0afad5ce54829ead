import { createRequire } from 'node:module';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { contentFolderInRepository } from '../content/layout';
import { cmsConfigText } from './cms-config';
import { ADMIN_FOLDER } from './paths';

export { ADMIN_FOLDER };

/**
 * The admin's files in `public/admin/`, put together from npm packages at build time (never
 * committed, never from a CDN): Decap CMS's prebuilt bundle and the chunks it loads on
 * demand, our own small entry module (lib/admin/entry.ts), and the page that loads both.
 * `config.yml`, the form generated for the content folder (lib/admin/cms-config.ts). Next.js copies the folder
 * into the export like any public file; it is no page of the site, so processing leaves it
 * alone (lib/static-export/process-export.ts) and no public page links to it.
 */

/** Where `npm run admin` writes it, so `next dev` and `next build` both serve it. */
export const ADMIN_OUTPUT = path.join('public', ADMIN_FOLDER);

/** Decap's page: no inline script or style, so the admin's policy needs no 'unsafe-inline' for scripts. */
export const ADMIN_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Content editor</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="admin.js"></script>
<script src="decap-cms.js"></script>
</body>
</html>
`;

/** A file of the admin and its size. */
export interface AdminFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

/** Decap CMS's dist folder. */
function decapDist(): string {
  return path.dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
}

/**
 * Writes the admin into `outDir` (emptied first), with the form for the content in
 * `contentDir`; returns its files and sizes.
 */
export async function assembleAdmin(outDir: string, contentDir: string, entry = path.resolve('lib', 'admin', 'entry.ts')): Promise<AdminFile[]> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'config.yml'), cmsConfigText(contentFolderInRepository(contentDir)));
  const dist = decapDist();
  // The main bundle, the chunks it loads on demand (`<id>.decap-cms.js`), the WebAssembly
  // it loads, and the licences of what it bundles.
  const wanted = (await readdir(dist)).filter((name) => /^(\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name));
  for (const name of wanted) await copyFile(path.join(dist, name), path.join(outDir, name));
  await build({
    entryPoints: [entry],
    outfile: path.join(outDir, 'admin.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'silent',
  });
  await writeFile(path.join(outDir, 'index.html'), ADMIN_PAGE);
  const files: AdminFile[] = [];
  for (const name of (await readdir(outDir)).sort()) {
    const file = path.join(outDir, name);
    if (!(await stat(file)).isFile()) continue;
    const bytes = await readFile(file);
    files.push({ name, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
  }
  return files;
}

import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ADMIN_FOLDER } from '../admin/paths';
import { isSocialCardFile, PNG_SIGNATURE } from './social-card-files';
import { processPage } from './process-page';

/** What processing did to an export folder. */
export interface ExportSummary {
  pages: number;
  removedFiles: string[];
  /** Social card images, by their new names (with `.png`). */
  socialCards: string[];
}

/**
 * Turns Next.js's static export into plain HTML and CSS, in place: every page is
 * processed (lib/static-export/process-page.ts), and the files only the client runtime
 * used are deleted: the runtime chunks and build manifests under `_next/` and the RSC
 * payloads (`index.txt`, `__next.*.txt`) beside each page. CSS, fonts and images under
 * `_next/static/` stay, and the social cards get their `.png` (lib/static-export/social-card-files.ts).
 * The not-found page's copies at `/404/` and `/_not-found/` go too: served as pages they
 * would answer 200 at addresses the site does not have; `404.html` is the one hosts serve,
 * with a 404 status. Throws, naming each page and problem, if a page still carries
 * something the strict Content-Security-Policy would block or loads a missing module.
 */
export async function processExport(outDir: string, { basePath = '' } = {}): Promise<ExportSummary> {
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`${outDir} holds no static export (no index.html): run \`next build\` first.`);
  }
  const files = await filesUnder(outDir);
  const problems: string[] = [];
  let pages = 0;
  const notFoundCopies = files.filter(isNotFoundCopy);
  for (const file of files.filter((name) => name.endsWith('.html') && !isNotFoundCopy(name) && !isAdminFile(name))) {
    const page = processPage(await readFile(path.join(outDir, file), 'utf8'), { basePath });
    problems.push(...page.problems.map((problem) => `${file}: ${problem}`));
    for (const source of page.enhancementSources) {
      const relative = source.slice(basePath.length).replace(/^\//, '');
      if (!existsSync(path.join(outDir, relative))) problems.push(`${file}: enhancement ${source} does not exist in ${path.basename(outDir)}/`);
    }
    await writeFile(path.join(outDir, file), page.html);
    pages++;
  }
  if (problems.length > 0) {
    throw new Error(`Processed pages still carry what the Content-Security-Policy blocks:\n${problems.join('\n')}`);
  }
  const socialCards: string[] = [];
  for (const file of files.filter(isSocialCardFile)) {
    const bytes = await readFile(path.join(outDir, file));
    if (!bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
      throw new Error(`${file} is not a PNG image; social cards must be drawn with next/og's ImageResponse (components/social-card-image.tsx).`);
    }
    await rename(path.join(outDir, file), path.join(outDir, `${file}.png`));
    socialCards.push(`${file}.png`);
  }
  const removedFiles = [...files.filter(isFrameworkFile), ...notFoundCopies];
  for (const file of removedFiles) await rm(path.join(outDir, file));
  for (const folder of ['_next', '404', '_not-found']) await removeEmptyFolders(path.join(outDir, folder));
  return { pages, removedFiles, socialCards };
}

/** A file only Next.js's client runtime reads: its scripts, or a page's RSC payload. */
export function isFrameworkFile(file: string): boolean {
  const name = path.posix.basename(file);
  if (file.startsWith('_next/')) return name.endsWith('.js') || name.endsWith('.js.map');
  return name.endsWith('.txt') && (name === 'index.txt' || name.startsWith('__next.'));
}

/**
 * The CMS at /admin/ (lib/admin/assemble.ts) is copied from public/ like any file, but it is
 * no page of the site: it has its own Content-Security-Policy and is left as it is.
 */
export function isAdminFile(file: string): boolean {
  return file.startsWith(`${ADMIN_FOLDER}/`);
}

/**
 * Next.js writes the not-found page at `404/index.html` and `_not-found/index.html` as well
 * as `404.html`; only the last is served, as the body of a 404.
 */
export function isNotFoundCopy(file: string): boolean {
  return file === '404/index.html' || file === '_not-found/index.html';
}

/** Every file below a folder, as `/`-separated paths relative to it. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Deletes folders left empty, deepest first. */
async function removeEmptyFolders(folder: string): Promise<void> {
  if (!existsSync(folder)) return;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) await removeEmptyFolders(path.join(folder, entry.name));
  }
  if ((await readdir(folder)).length === 0) await rmdir(folder);
}

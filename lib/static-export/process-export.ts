import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { ADMIN_FOLDER } from '../admin/paths';
import type { BuildCache } from '../build-cache';
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
 * With a build cache, a page whose HTML is unchanged since an earlier build is not parsed again.
 */
export async function processExport(outDir: string, { basePath = '', cache }: { basePath?: string; cache?: BuildCache } = {}): Promise<ExportSummary> {
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`${outDir} holds no static export (no index.html): run \`next build\` first.`);
  }
  const files = await filesUnder(outDir);
  // Thousands of small reads and writes: a few at a time keep the disk busy, not waiting.
  const limit = pLimit(FILES_AT_ONCE);
  const problems: string[] = [];
  const notFoundCopies = files.filter(isNotFoundCopy);
  const pageFiles = files.filter((name) => name.endsWith('.html') && !isNotFoundCopy(name) && !isAdminFile(name));
  const processed = await Promise.all(
    pageFiles.map((file) =>
      limit(async () => {
        const html = await readFile(path.join(outDir, file));
        // A page is processed from its HTML and the base path alone; the cache is keyed by both.
        const make = async () => processPage(html.toString('utf8'), { basePath });
        const page = cache ? await cache.rememberJson('page', [basePath, html], make) : await make();
        await writeFile(path.join(outDir, file), page.html);
        return { file, page };
      }),
    ),
  );
  for (const { file, page } of processed) {
    problems.push(...page.problems.map((problem) => `${file}: ${problem}`));
    for (const source of page.enhancementSources) {
      const relative = source.slice(basePath.length).replace(/^\//, '');
      if (!existsSync(path.join(outDir, relative))) problems.push(`${file}: enhancement ${source} does not exist in ${path.basename(outDir)}/`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Processed pages still carry what the Content-Security-Policy blocks:\n${problems.join('\n')}`);
  }
  const socialCards = await Promise.all(
    files.filter(isSocialCardFile).map((file) =>
      limit(async () => {
        const bytes = await readFile(path.join(outDir, file));
        if (!bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
          throw new Error(`${file} is not a PNG image; social cards must be drawn with next/og's ImageResponse (components/social-card-image.tsx).`);
        }
        await rename(path.join(outDir, file), path.join(outDir, `${file}.png`));
        return `${file}.png`;
      }),
    ),
  );
  const removedFiles = [...files.filter(isFrameworkFile), ...notFoundCopies];
  await Promise.all(removedFiles.map((file) => limit(() => rm(path.join(outDir, file)))));
  for (const folder of ['_next', '404', '_not-found']) await removeEmptyFolders(path.join(outDir, folder));
  return { pages: processed.length, removedFiles, socialCards };
}

/** How many files processing reads or writes at once. */
const FILES_AT_ONCE = 16;

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

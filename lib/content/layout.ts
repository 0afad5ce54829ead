import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a site's content lives, so that a project that adopts Liaison can take later
 * improvements with a plain `git merge` and no conflict.
 *
 * The repository ships its example host (the project it was made for) in
 * `content/example/`. A site's own content is `content/` itself: once `content/site.md`
 * exists (`npm run adopt` writes it), the site is built from `content/` and the example is
 * left alone. Upstream changes to the example then land in `content/example/`, which the
 * adopter never edits, and never in the files the adopter owns; the editors' guide and
 * the JSON Schema stay in `content/` for both.
 */

/** The folder, in the project, that holds the content. */
export const CONTENT_FOLDER = 'content';

/** The sub-folder of `content/` with the example host. */
export const EXAMPLE_FOLDER = 'example';

/** The file whose presence makes `content/` a site's own content. */
export const HOST_FILE = 'site.md';

/** `content/` when it holds a site of its own, otherwise `content/example/`. */
export function activeContentDirectory(projectRoot: string): string {
  const own = path.join(/*turbopackIgnore: true*/ projectRoot, CONTENT_FOLDER);
  return existsSync(path.join(/*turbopackIgnore: true*/ own, HOST_FILE)) ? own : path.join(own, EXAMPLE_FOLDER);
}

/** Whether a content folder is the example, built only until a site has content of its own. */
export function isExampleFolder(contentDir: string): boolean {
  return path.basename(contentDir) === EXAMPLE_FOLDER && path.basename(path.dirname(contentDir)) === CONTENT_FOLDER;
}

/**
 * The project folder a content folder belongs to: where `public/` is, and what paths in
 * messages are written from (`content/projects/upper.md`, `content/example/site.md`).
 */
export function projectRootOf(contentDir: string): string {
  const parent = path.dirname(contentDir);
  return isExampleFolder(contentDir) ? path.dirname(parent) : parent;
}

/**
 * The content folder's path in its repository, with forward slashes: `content` or
 * `content/example`. Messages name it, and the CMS's form finds its files by it.
 */
export function contentFolderInRepository(contentDir: string): string {
  return path.relative(projectRootOf(contentDir), contentDir).split(path.sep).join('/');
}

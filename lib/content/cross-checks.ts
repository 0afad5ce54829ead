import path from 'node:path';
import { EXAMPLE_FOLDER } from './layout';
import { PROJECTS_FOLDER } from './projects';
import type { ContentReader } from './reader';
import { SLUG_PATTERN } from './schema';
import { slugify } from './slugify';
import type { Project } from './types';
import { projectPath } from '../routes';

/**
 * Checks that need more than one file: addresses claimed twice, titles used twice, and
 * links between the site's own pages. Each reports on every file it concerns.
 */

/**
 * Files and folders that belong in the content folder; anything else is reported. The
 * example host's folder sits beside a site's own content (lib/content/layout.ts).
 */
const CONTENT_ENTRIES = new Set(['projects', 'site.md', 'themes.yml', 'accessibility.md', 'places.yml', 'README.md', 'project.schema.json', EXAMPLE_FOLDER]);

/** Anything in the content folder the site does not use is likely a file in the wrong place. */
export function checkContentEntries(reader: ContentReader, entries: readonly string[]) {
  for (const entry of entries) {
    if (CONTENT_ENTRIES.has(entry)) continue;
    reader.report({
      file: reader.display(path.join(reader.contentDir, entry)),
      field: 'file name',
      message: entry.endsWith('.md')
        ? 'is not used by the site; project files belong in content/projects/'
        : 'is not used by the site; images belong in public/, project files in content/projects/',
    });
  }
}

/** What `content/` holds for every copy, beside a site's own files (lib/content/layout.ts). */
const SHARED_ENTRIES = new Set(['README.md', 'project.schema.json', EXAMPLE_FOLDER]);

/**
 * While the site is built from the example (no content/site.md yet), a file put in
 * content/ itself would be ignored without a word: say so, and how to go on.
 */
export function checkNothingBesideTheExample(reader: ContentReader, entries: readonly string[]) {
  const content = path.dirname(reader.contentDir);
  for (const entry of entries.filter((name) => !SHARED_ENTRIES.has(name))) {
    reader.report({
      file: reader.display(path.join(content, entry)),
      field: 'file name',
      message: `is not used: the site is built from ${reader.display(reader.contentDir)}/ until ${reader.display(content)}/site.md exists; run npm run adopt to make ${reader.display(content)}/ your own, or move this into ${reader.display(reader.contentDir)}/`,
    });
  }
}

/** A file name becomes an address, so it must be one, and only one file may claim it. */
export function checkFileNames(reader: ContentReader, names: readonly string[]) {
  const claimed = new Map<string, string>();
  const isValid = (name: string) => SLUG_PATTERN.test(name.replace(/\.md$/, ''));
  // Valid names claim their address first, so a clash is reported on the misnamed file.
  const validFirst = [...names].sort((a, b) => Number(!isValid(a)) - Number(!isValid(b)));
  for (const name of validFirst) {
    const file = reader.display(path.join(reader.contentDir, PROJECTS_FOLDER, name));
    if (!name.endsWith('.md')) {
      reader.report({
        file,
        field: 'file name',
        message: /\.(svg|png|jpe?g|webp|avif|gif)$/i.test(name)
          ? 'images do not belong in content/projects/; move it to public/logos/ and name it in the logo field'
          : 'only .md files belong in content/projects/; rename it to end in .md, or move it out of this folder',
      });
      continue;
    }
    const slug = name.slice(0, -'.md'.length);
    const key = slugify(slug) || 'project';
    const other = claimed.get(key);
    if (other) {
      reader.report({
        file,
        field: 'file name',
        message: `${name} and ${other} are the same project address (${projectPath(key)}); keep only one of the two files, or give this one another name`,
      });
    } else if (!SLUG_PATTERN.test(slug)) {
      reader.report({
        file,
        field: 'file name',
        message: `the file name becomes the page address, so it may only use lowercase letters, digits and hyphens; rename it to ${key}.md`,
      });
    }
    claimed.set(key, other ?? name);
  }
}

/** Reported on every file that shares a title: the editor may have changed either. */
export function checkTitlesAreUnique(reader: ContentReader, projects: readonly Project[]) {
  const byTitle = new Map<string, Project[]>();
  for (const project of projects) {
    const key = project.title.toLocaleLowerCase('en');
    byTitle.set(key, [...(byTitle.get(key) ?? []), project]);
  }
  for (const sharing of byTitle.values()) {
    if (sharing.length < 2) continue;
    for (const project of sharing) {
      const others = sharing.filter((other) => other !== project).map((other) => other.file);
      reader.report({
        file: project.file,
        line: reader.titleLines.get(project.file),
        field: 'title',
        message: `"${project.title}" is also the title of ${others.join(' and ')}; each project needs its own title`,
      });
    }
  }
}

/**
 * Links to this site's own pages must lead somewhere: a typo there is a broken link, and
 * so is a link from a published page to a draft, which the public site does not have.
 * `pages` are the addresses the site builds besides the project pages.
 */
export function checkInternalLinks(reader: ContentReader, projects: readonly Project[], pages: readonly string[]) {
  const address = (project: Project) => projectPath(project.slug);
  const known = new Set([...pages, ...projects.map(address)]);
  const drafts = new Map(projects.filter((project) => project.draft).map((project) => [address(project), project]));
  const draftFiles = new Set([...drafts.values()].map((project) => project.file));
  for (const link of reader.links) {
    if (!link.url.startsWith('/') || link.url.startsWith('//')) continue;
    const pathname = link.url.split(/[?#]/)[0] ?? '/';
    const normalized = pathname.endsWith('/') ? pathname : `${pathname}/`;
    const draft = drafts.get(normalized);
    if (draft && !draftFiles.has(link.file)) {
      reader.report({
        file: link.file,
        line: link.line,
        field: link.field,
        message: `the link ${link.url} leads to a draft (${draft.file} has draft: true), which the public site does not show; publish that project first, or remove the link`,
      });
    } else if (!known.has(normalized)) {
      reader.report({
        file: link.file,
        line: link.line,
        field: link.field,
        message: `the link ${link.url} leads to no page of this site; check the address (projects are at /projects/<file name>/)`,
      });
    }
  }
}

import path from 'node:path';
import type { BuildCache } from '../build-cache';
import { checkContentEntries, checkFileNames, checkInternalLinks, checkNothingBesideTheExample, checkTitlesAreUnique } from './cross-checks';
import { readHost } from './host';
import { isExampleFolder, projectRootOf } from './layout';
import { readPlaces } from './places';
import { ContentError, type ContentProblem } from './problems';
import { compareProjects, PROJECTS_FOLDER, readProjects } from './projects';
import { ContentReader, type WebAddress } from './reader';
import { readTextPage } from './text-pages';
import { contentPages } from '../routes';
import { readThemes } from './themes';
import type { Content, Theme } from './types';

export { projectStatus } from './projects';

/** Where content comes from and how it is shaped for one build. */
export interface LoadOptions {
  /** The folder with `site.md`, `themes.yml`, `places.yml`, `accessibility.md` and `projects/`. */
  contentDir: string;
  /** Where logos are looked up; the project's `public` folder by default. */
  publicDir?: string;
  /** The day statuses are worked out for; today by default. */
  today?: Date;
  /**
   * The day review dates are judged against: the real today by default. Kept apart from
   * `today`, which only moves statuses: a build for another day does not change when the
   * facts were checked.
   */
  reviewDay?: Date;
  /** Drafts show while editing (`next dev`) and never in a production build. */
  includeDrafts?: boolean;
  /** Prefix for links to the site's own pages when it is served from a sub-folder. */
  basePath?: string;
  /**
   * Whether having no published project is a problem rather than a warning: always for a
   * build without drafts, and for the check `npm run build` runs first (`check --build`).
   */
  requirePublished?: boolean;
  /** Where rendered descriptions are kept between builds (lib/build-cache.ts); none by default. */
  cache?: BuildCache;
}

/** The outcome of reading the content: every problem found, and the content if none. */
export interface ContentReport {
  content?: Content;
  problems: ContentProblem[];
  /** Things to look at that do not stop publishing, such as facts not checked for a year. */
  warnings: ContentProblem[];
  /** Every https address written in the content, with its file and line (for the link report). */
  webAddresses: WebAddress[];
  /** The line of a field in a file read (`content/projects/upper.md`, `['end']`), if known. */
  lineOf(file: string, path: readonly PropertyKey[]): number | undefined;
}

/** Loads the content, or throws a `ContentError` that lists every problem in every file. */
export async function loadContent(options: LoadOptions): Promise<Content> {
  const report = await checkContent(options);
  if (!report.content) throw new ContentError(report.problems);
  return report.content;
}

/**
 * Reads and checks every file in the content folder, collecting all problems rather than
 * stopping at the first, so that editors can fix everything in one go.
 */
export async function checkContent(options: LoadOptions): Promise<ContentReport> {
  const contentDir = path.resolve(options.contentDir);
  const publicDir = path.resolve(/*turbopackIgnore: true*/ options.publicDir ?? path.join(projectRootOf(contentDir), 'public'));
  const reader = new ContentReader(contentDir, publicDir, options.basePath ?? '', options.cache);

  const located = {
    webAddresses: reader.webAddresses,
    lineOf: (file: string, at: readonly PropertyKey[]) => reader.fieldLines.get(file)?.(at),
  };
  const entries = await reader.list(contentDir);
  if (!entries) return { problems: reader.problems, warnings: [], ...located };
  checkContentEntries(reader, entries);
  if (isExampleFolder(contentDir)) checkNothingBesideTheExample(reader, (await reader.list(path.dirname(contentDir))) ?? []);

  const reviewDay = options.reviewDay ?? new Date();
  const themes = await readThemes(reader, 'themes.yml');
  const places = await readPlaces(reader, 'places.yml');
  const host = await readHost(reader, 'site.md', themes, places);
  const accessibility = await readTextPage(reader, 'accessibility.md', reviewDay);
  const projectFiles = (await reader.list(path.join(contentDir, PROJECTS_FOLDER))) ?? [];
  checkFileNames(reader, projectFiles);
  const projects = await readProjects(reader, projectFiles, themes, options.today ?? new Date(), reviewDay, places);
  checkTitlesAreUnique(reader, projects);
  // The site's own pages besides the project pages; drafts count toward no listing page.
  checkInternalLinks(reader, projects, contentPages(themes ?? [], projects.filter((project) => !project.draft)));

  // A static export needs at least one project page (Next.js builds no dynamic route with
  // none), and a listing of nothing is no page to publish: say so before Next.js would.
  if (!projects.some((project) => !project.draft)) {
    const nothingPublished = {
      file: reader.display(path.join(contentDir, PROJECTS_FOLDER)),
      message: 'has no published project yet, and the site is published with at least one: add one with npm run new -- "Name", or delete the line draft: true in one that is ready',
    };
    if (options.includeDrafts && !options.requirePublished) reader.warn(nothingPublished);
    else reader.report(nothingPublished);
  }
  if (reader.problems.length > 0 || !host || !themes || !accessibility) {
    return { problems: reader.problems, warnings: reader.warnings, ...located };
  }
  const visible = projects.filter((project) => options.includeDrafts || !project.draft);
  return {
    content: { host, themes, accessibility, projects: visible.sort(compareProjects) },
    problems: [],
    warnings: reader.warnings,
    ...located,
  };
}

/**
 * The theme vocabulary alone, through the same checks as a full load, for tools that need
 * only it (the editors' documentation, the project template).
 */
export async function loadThemes(contentDir: string): Promise<{ themes?: Theme[]; problems: ContentProblem[] }> {
  const folder = path.resolve(contentDir);
  const reader = new ContentReader(folder, path.join(projectRootOf(folder), 'public'), '');
  const themes = await readThemes(reader, 'themes.yml');
  return { themes, problems: reader.problems };
}

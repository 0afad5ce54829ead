import { listingPageCount, listingPageProjects, projectsWithTheme } from './content/listing';
import type { Content, Project, Theme } from './content/types';

/**
 * Every address of the site, in one place: pages link with these, the sitemap and the
 * content check list pages with them, and the build and the tests read the same list, so
 * no address is ever written by hand twice.
 */

/** The listing's first page. */
export const LISTING_PATH = '/';

/** The themes index. */
export const THEMES_PATH = '/themes/';

/** The accessibility statement. */
export const ACCESSIBILITY_PATH = '/accessibility/';

/** A project's page, from its file name: `content/projects/<slug>.md` → `/projects/<slug>/`. */
export function projectPath(slug: string): string {
  return `/projects/${slug}/`;
}

/** The address of listing page `page` (1-based): `/` for the first, `/page/2/` onwards. */
export function listingPagePath(page: number): string {
  return page <= 1 ? LISTING_PATH : `/page/${page}/`;
}

/** A theme's page, or its page `page` of projects (1-based) when it has more than one. */
export function themePath(id: string, page = 1): string {
  return page <= 1 ? `${THEMES_PATH}${id}/` : `${THEMES_PATH}${id}/page/${page}/`;
}

/** The host's own colour, as a stylesheet of its own (lib/host-style.ts); linked only when the host has one. */
export const HOST_STYLESHEET_PATH = '/host.css';

/** CORDIS, the EU's record of the research it funds; the fact tools can be pointed elsewhere (LIAISON_CORDIS_URL). */
export const DEFAULT_CORDIS_URL = 'https://cordis.europa.eu';

/**
 * A project's page on CORDIS, the EU's research results service, from its grant agreement;
 * at another address (LIAISON_CORDIS_URL) when the fact tools talk to a local stand-in.
 */
export function cordisUrl(grantAgreement: string, cordis = DEFAULT_CORDIS_URL): string {
  return `${cordis}/project/id/${grantAgreement}`;
}

/**
 * Every address the site builds besides the project pages: the fixed pages, the listing's
 * further pages and the theme pages. The content check accepts links to these.
 */
export function contentPages(themes: readonly Theme[], projects: readonly Project[]): string[] {
  const further = (count: number, pathOf: (page: number) => string) => Array.from({ length: count - 1 }, (_, index) => pathOf(index + 2));
  return [
    LISTING_PATH,
    ACCESSIBILITY_PATH,
    THEMES_PATH,
    ...themes.flatMap((theme) => [
      themePath(theme.id),
      ...further(listingPageCount(projectsWithTheme(projects, theme.id).length), (page) => themePath(theme.id, page)),
    ]),
    ...further(listingPageCount(projects.length), listingPagePath),
  ];
}

/** A page visitors and search engines may find, with the day its content last changed. */
export interface PublicPage {
  path: string;
  /** From the content (a project's `listed` or `reviewed`, the statement's `reviewed`), never the build's time. */
  lastModified?: Date;
}

/**
 * Every public page of the site, in one list: the sitemap is built from it. Drafts are
 * never in it, even in `next dev`, where the loader shows them to editors. The first page
 * of a paginated list is its own address (`/`, `/themes/<id>/`); `/page/1/` copies are not listed.
 */
export function publicPages({ projects, themes, accessibility }: Pick<Content, 'projects' | 'themes' | 'accessibility'>): PublicPage[] {
  const published = projects.filter((project) => !project.draft);
  const pagesOf = (list: readonly Project[], pathOf: (page: number) => string): PublicPage[] =>
    Array.from({ length: listingPageCount(list.length) }, (_, index) => ({
      path: pathOf(index + 1),
      lastModified: latest(listingPageProjects(list, index + 1).map(projectModified)),
    }));
  return [
    // The first page also shows the map, the timeline and the overview of every project.
    { path: listingPagePath(1), lastModified: latest(published.map(projectModified)) },
    ...pagesOf(published, listingPagePath).slice(1),
    ...published.map((project) => ({ path: projectPath(project.slug), lastModified: projectModified(project) })),
    { path: THEMES_PATH, lastModified: latest(published.map(projectModified)) },
    ...themes.flatMap((theme) => pagesOf(projectsWithTheme(published, theme.id), (page) => themePath(theme.id, page))),
    { path: ACCESSIBILITY_PATH, lastModified: accessibility.reviewed },
  ];
}

/** A project's page changes when it is listed and whenever its facts are checked again. */
export function projectModified(project: Project): Date {
  return latest([project.listed, project.reviewed])!;
}

/** The latest of some days, or undefined for none. */
export function latest(days: readonly Date[]): Date | undefined {
  return days.reduce<Date | undefined>((newest, day) => (!newest || day > newest ? day : newest), undefined);
}

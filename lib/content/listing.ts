import type { Project, Theme } from './types';

/**
 * The site's addresses that follow from the content: the listing's pages and the theme
 * pages. Pages and the internal-link check both read them here, so they never disagree.
 */

/** Projects per listing page: 24 fills rows of one, two and three cards alike. */
export const LISTING_PAGE_SIZE = 24;

/** How many pages a list of projects takes (at least one, even with no project): the listing's, a theme's. */
export function listingPageCount(projectCount: number): number {
  return Math.max(1, Math.ceil(projectCount / LISTING_PAGE_SIZE));
}

/** The address of listing page `page` (1-based): `/` for the first, `/page/2/` onwards. */
export function listingPagePath(page: number): string {
  return page <= 1 ? '/' : `/page/${page}/`;
}

/** The projects on page `page` (1-based) of a list: the listing's, a theme's. */
export function listingPageProjects(projects: readonly Project[], page: number): Project[] {
  return projects.slice((page - 1) * LISTING_PAGE_SIZE, page * LISTING_PAGE_SIZE);
}

/** The themes index. */
export const THEMES_PATH = '/themes/';

/** A theme's page, or its page `page` of projects (1-based) when it has more than one. */
export function themePath(id: string, page = 1): string {
  return page <= 1 ? `${THEMES_PATH}${id}/` : `${THEMES_PATH}${id}/page/${page}/`;
}

/** The published projects with a theme, in listing order. */
export function projectsWithTheme(projects: readonly Project[], id: string): Project[] {
  return projects.filter((project) => project.themes.some((theme) => theme.id === id));
}

/**
 * Every address the site builds besides the project pages: the fixed pages, the listing's
 * further pages and the theme pages.
 */
export function contentPages(themes: readonly Theme[], projects: readonly Project[]): string[] {
  const further = (count: number, pathOf: (page: number) => string) => Array.from({ length: count - 1 }, (_, index) => pathOf(index + 2));
  return [
    '/',
    '/accessibility/',
    THEMES_PATH,
    ...themes.flatMap((theme) => [
      themePath(theme.id),
      ...further(listingPageCount(projectsWithTheme(projects, theme.id).length), (page) => themePath(theme.id, page)),
    ]),
    ...further(listingPageCount(projects.length), listingPagePath),
  ];
}

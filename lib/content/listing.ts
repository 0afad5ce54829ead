import type { Project, Theme } from './types';

/**
 * The site's addresses that follow from the content: the listing's pages and the theme
 * pages. Pages and the internal-link check both read them here, so they never disagree.
 */

/** Projects per listing page: 24 fills rows of one, two and three cards alike. */
export const LISTING_PAGE_SIZE = 24;

/** How many listing pages there are (at least one, even with no project). */
export function listingPageCount(projectCount: number): number {
  return Math.max(1, Math.ceil(projectCount / LISTING_PAGE_SIZE));
}

/** The address of listing page `page` (1-based): `/` for the first, `/page/2/` onwards. */
export function listingPagePath(page: number): string {
  return page <= 1 ? '/' : `/page/${page}/`;
}

/** The projects on listing page `page` (1-based). */
export function listingPageProjects(projects: readonly Project[], page: number): Project[] {
  return projects.slice((page - 1) * LISTING_PAGE_SIZE, page * LISTING_PAGE_SIZE);
}

/** The themes index. */
export const THEMES_PATH = '/themes/';

/** A theme's page. */
export function themePath(id: string): string {
  return `${THEMES_PATH}${id}/`;
}

/** The published projects with a theme, in listing order. */
export function projectsWithTheme(projects: readonly Project[], id: string): Project[] {
  return projects.filter((project) => project.themes.some((theme) => theme.id === id));
}

/**
 * Every address the site builds besides the project pages: the fixed pages, the listing's
 * further pages and the theme pages.
 */
export function contentPages(themes: readonly Theme[], projectCount: number): string[] {
  const listing = Array.from({ length: listingPageCount(projectCount) - 1 }, (_, index) => listingPagePath(index + 2));
  return ['/', '/accessibility/', THEMES_PATH, ...themes.map((theme) => themePath(theme.id)), ...listing];
}

import type { Project } from './types';

/**
 * How lists of projects are cut into pages: the listing's and each theme's. Their
 * addresses are in `lib/routes.ts`.
 */

/**
 * Projects per listing page: 12 fills rows of one, two and three cards alike. Not 24 or
 * 18: at 1000 projects with summaries and full names a little longer than today's, the
 * first listing page (introduction, at a glance, map, timeline, filter and the cards) came
 * to 14289 B with 18 cards, 47 B under TCP's first flight of 14 KB; each card adds about
 * 110 B gzipped (issue 20; measured by tests/e2e/scale.e2e.test.ts).
 */
export const LISTING_PAGE_SIZE = 12;

/** How many pages a list of projects takes (at least one, even with no project): the listing's, a theme's. */
export function listingPageCount(projectCount: number): number {
  return Math.max(1, Math.ceil(projectCount / LISTING_PAGE_SIZE));
}

/** The projects on page `page` (1-based) of a list: the listing's, a theme's. */
export function listingPageProjects(projects: readonly Project[], page: number): Project[] {
  return projects.slice((page - 1) * LISTING_PAGE_SIZE, page * LISTING_PAGE_SIZE);
}

/** The published projects with a theme, in listing order. */
export function projectsWithTheme(projects: readonly Project[], id: string): Project[] {
  return projects.filter((project) => project.themes.some((theme) => theme.id === id));
}

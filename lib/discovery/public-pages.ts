import type { Content, Project } from '@/lib/content';
import { listingPageCount, listingPagePath, listingPageProjects, projectsWithTheme, themePath, THEMES_PATH } from '@/lib/content/listing';

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
    ...published.map((project) => ({ path: `/projects/${project.slug}/`, lastModified: projectModified(project) })),
    { path: THEMES_PATH, lastModified: latest(published.map(projectModified)) },
    ...themes.flatMap((theme) => pagesOf(projectsWithTheme(published, theme.id), (page) => themePath(theme.id, page))),
    { path: '/accessibility/', lastModified: accessibility.reviewed },
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

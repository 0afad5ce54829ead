import type { Content, Project } from '@/lib/content';

/** A page visitors and search engines may find, with the day its content last changed. */
export interface PublicPage {
  path: string;
  /** From the content (a project's `listed` or `reviewed`, the statement's `reviewed`), never the build's time. */
  lastModified?: Date;
}

/**
 * Every public page of the site, in one list: the sitemap is built from it, and so a new
 * kind of page (such as a theme's) is one more line here. Drafts are never in it, even in
 * `next dev`, where the loader shows them to editors.
 */
export function publicPages({ projects, accessibility }: Pick<Content, 'projects' | 'accessibility'>): PublicPage[] {
  const published = projects.filter((project) => !project.draft);
  return [
    { path: '/', lastModified: latest(published.map(projectModified)) },
    ...published.map((project) => ({ path: `/projects/${project.slug}/`, lastModified: projectModified(project) })),
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

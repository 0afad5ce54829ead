import { describeShared, sharedCities, sharedThemes } from './shared';
import type { City, Project, Theme } from './types';

/** Another project and why it is related: what it shares with the one in view. */
export interface RelatedProject {
  project: Project;
  themes: Theme[];
  cities: City[];
  /** "Shares 2 themes: Public transport, Living labs and pilots", for visitors. */
  reason: string;
}

/** How many related projects a project page lists. */
export const RELATED_LIMIT = 4;

/**
 * The projects most related to `project`: ranked by how many themes they share, then how
 * many cities, then listing order (`projects` comes sorted). Projects that share nothing
 * are not related.
 */
export function relatedProjects(project: Project, projects: readonly Project[], limit = RELATED_LIMIT): RelatedProject[] {
  const related: RelatedProject[] = [];
  for (const other of projects) {
    if (other.slug === project.slug) continue;
    const themes = sharedThemes(other.themes, project.themes);
    const cities = sharedCities(other.cities, project.cities);
    if (themes.length + cities.length === 0) continue;
    related.push({ project: other, themes, cities, reason: `Shares ${describeShared(themes, cities)}` });
  }
  // A stable sort keeps listing order among equals.
  return related.sort((a, b) => b.themes.length - a.themes.length || b.cities.length - a.cities.length).slice(0, limit);
}

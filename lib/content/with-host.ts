import { cityKey } from './places';
import { sharedCities, sharedThemes } from './shared';
import type { City, Project, Host, Theme } from './types';

/** What a project has in common with the host, worked out from both files. */
export interface SharedWithHost {
  cities: City[];
  themes: Theme[];
}

/** The host's cities and themes that the project has too, in the host's order. */
export function sharedWithHost(project: Project, host: Host): SharedWithHost {
  return { cities: sharedCities(host.cities, project.cities), themes: sharedThemes(host.themes, project.themes) };
}

/** The listing's overview of the same: how many projects connect to the host, and how. */
export interface HostOverview {
  /** Projects that share at least one city or theme with the host. */
  projects: number;
  /** Distinct host cities and themes shared by any project. */
  cities: number;
  themes: number;
  /** Joint activities (the projects' `synergies`) listed across all projects. */
  synergies: number;
}

export function hostOverview(host: Host, projects: readonly Project[]): HostOverview {
  const cities = new Set<string>();
  const themes = new Set<string>();
  let sharing = 0;
  for (const project of projects) {
    const shared = sharedWithHost(project, host);
    shared.cities.forEach((city) => cities.add(cityKey(city)));
    shared.themes.forEach((theme) => themes.add(theme.id));
    if (shared.cities.length + shared.themes.length > 0) sharing++;
  }
  return {
    projects: sharing,
    cities: cities.size,
    themes: themes.size,
    synergies: projects.reduce((total, project) => total + project.synergies.length, 0),
  };
}

import type { Content } from '../content/types';
import { toIsoDay } from '../day';
import type { StatusDates } from '../status-of-day';

/**
 * The listing's search index: every published project, compact, as one static JSON file
 * (`/search-index.json`) that the `explore` enhancement fetches on first use, so filtering
 * and search cover every project, not only the listing page in view. Rows are arrays, not
 * objects, so 1000 projects do not repeat 1000 times each key.
 */

/** The address of the index in the export, under the base path. */
export const SEARCH_INDEX_PATH = '/search-index.json';

/** One project: what a result card shows and what the text search reads. */
export type SearchIndexRow = [
  slug: string,
  title: string,
  fullName: string,
  summary: string,
  programme: string,
  website: string,
  /** Searched, not shown: the coordinator and the cities, joined. */
  extraText: string,
  /** Positions in `themes`. */
  themes: number[],
  /** `YYYY-MM-DD` or "": the first day it may have started. */
  start: string,
  /** `YYYY-MM-DD` or "": the last day it may run. */
  end: string,
];

export interface SearchIndex {
  /** Theme ids and labels, in the vocabulary's order. */
  themes: Array<[id: string, label: string]>;
  projects: SearchIndexRow[];
}

/** The index of the published projects, in listing order. */
export function buildSearchIndex({ themes, projects }: Pick<Content, 'themes' | 'projects'>): SearchIndex {
  const position = new Map(themes.map((theme, index) => [theme.id, index]));
  const day = (value: number | undefined) => (value === undefined ? '' : toIsoDay(value));
  return {
    themes: themes.map((theme) => [theme.id, theme.label]),
    projects: projects.map((project) => [
      project.slug,
      project.title,
      project.fullName ?? '',
      project.summary,
      project.programme ?? '',
      project.website,
      [project.coordinator ?? '', ...project.cities.map((city) => `${city.name} ${city.countryName}`)].join(' '),
      project.themes.flatMap((theme) => position.get(theme.id) ?? []),
      day(project.statusDates.start),
      day(project.statusDates.end),
    ]),
  };
}

/** The status dates of a row, as `statusOn` takes them. */
export function rowStatusDates(row: SearchIndexRow): StatusDates {
  const parse = (value: string) => (value ? Date.parse(`${value}T00:00:00Z`) : undefined);
  return { start: parse(row[8]), end: parse(row[9]) };
}

import type { ProjectStatus } from '../status-of-day';
import { foldText } from '../text';

/**
 * The listing's filter: what the visitor chose, how it is written in the address (so a
 * shared link reopens the same view), and which projects it keeps. Pure and DOM-free: the
 * `explore` enhancement bundles it, and unit tests run it as it is.
 */

/** What a visitor filters by. Empty lists and an empty text mean "any". */
export interface FilterState {
  /** Free text; every word must appear in the project's searchable text. */
  text: string;
  /** Theme ids; a project with any of them matches. */
  themes: string[];
  /** Statuses; a project with any of them matches. */
  statuses: ProjectStatus[];
}

/** The query-string names, kept short and readable: `?q=tram&theme=living-labs&status=ongoing`. */
export const QUERY = { text: 'q', theme: 'theme', status: 'status' } as const;

const STATUSES: readonly ProjectStatus[] = ['planned', 'ongoing', 'completed'];

/** The state an address holds; unknown themes and statuses are dropped, not trusted. */
export function readFilterState(params: URLSearchParams, knownThemes: ReadonlySet<string>): FilterState {
  const unique = <T,>(values: T[]) => [...new Set(values)];
  return {
    text: (params.get(QUERY.text) ?? '').trim(),
    themes: unique(params.getAll(QUERY.theme).filter((id) => knownThemes.has(id))),
    statuses: unique(params.getAll(QUERY.status).filter((status): status is ProjectStatus => (STATUSES as string[]).includes(status))),
  };
}

/** The query string for a state ("" when nothing is chosen), in a stable order. */
export function filterQuery(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.text.trim()) params.set(QUERY.text, state.text.trim());
  for (const theme of state.themes) params.append(QUERY.theme, theme);
  for (const status of state.statuses) params.append(QUERY.status, status);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether the state keeps every project. */
export function isUnfiltered(state: FilterState): boolean {
  return !state.text.trim() && state.themes.length === 0 && state.statuses.length === 0;
}

/** A project as the filter sees it: its folded text, theme ids and status on the day. */
export interface FilterableProject {
  foldedText: string;
  themes: readonly string[];
  status?: ProjectStatus;
}

/** Whether a project passes every part of the state. */
export function matchesFilter(project: FilterableProject, state: FilterState): boolean {
  const words = foldText(state.text).split(' ').filter(Boolean);
  if (!words.every((word) => project.foldedText.includes(word))) return false;
  if (state.themes.length > 0 && !state.themes.some((theme) => project.themes.includes(theme))) return false;
  if (state.statuses.length > 0 && !(project.status && state.statuses.includes(project.status))) return false;
  return true;
}

import Link from 'next/link';
import type { Project, Theme } from '@/lib/content';
import { THEMES_PATH, themePath } from '@/lib/routes';
import { QUERY } from '@/lib/explore/filter';
import { basePath } from '@/lib/settings';
import { SEARCH_INDEX_PATH } from '@/lib/explore/search-index';
import { STATUS_LABELS } from '@/lib/status-of-day';
import { ProjectCard } from './ProjectCard';

/** A project that is only ever a template: the `explore` enhancement fills its copies. */
const TEMPLATE_PROJECT: Project = {
  slug: 'template',
  title: 'Title',
  fullName: 'Full name',
  summary: 'Summary',
  programme: 'Programme',
  website: 'https://example.org/',
  status: 'ongoing',
  statusDates: {},
  themes: [{ id: 'theme', label: 'Theme', description: '' }],
  cities: [],
  synergies: [],
  sources: [],
  draft: false,
  reviewed: new Date(0),
  listed: new Date(0),
  descriptionHtml: '',
  file: '',
};

/**
 * Finding projects on the listing, kept to a line or two so the cards start in the first
 * screen however many projects there are. Without JavaScript: a disclosure with links to
 * the theme pages, which do the filtering as plain pages. With it, the form instead, in
 * place from the first paint (app/globals.css, "The listing's filter"), which the
 * `explore` enhancement brings to life: a search box that stays in view, the themes and
 * statuses folded in a disclosure that opens by itself when the address holds one. It filters every project through the
 * static search index as the visitor types, keeps the choice in the address, and says how
 * many projects match in the status region.
 */
export function ProjectFilter({ themes }: { themes: readonly Theme[] }) {
  return (
    <section aria-labelledby="find-projects" className="no-print mb-6 sm:mb-8">
      <h2 id="find-projects" className="sr-only">
        Find projects
      </h2>
      <details data-explore-browse="">
        <summary className="cursor-pointer font-semibold">Browse by theme</summary>
        <nav aria-label="Themes" className="mt-2 rounded-lg border border-line bg-surface-alt p-4">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {themes.map((theme) => (
              <li key={theme.id}>
                <Link href={themePath(theme.id)}>{theme.label}</Link>
              </li>
            ))}
            <li>
              <Link href={THEMES_PATH}>All themes</Link>
            </li>
          </ul>
        </nav>
      </details>
      <form
        method="get"
        role="search"
        aria-label="Filter projects"
        data-explore={`${basePath()}${SEARCH_INDEX_PATH}`}
        data-base-path={basePath()}
        className="grid gap-2"
      >
        <div className="flex max-w-xl flex-wrap items-center gap-x-3 gap-y-1">
          <label htmlFor="explore-text" className="font-semibold">
            Search
          </label>
          <input
            id="explore-text"
            type="search"
            name={QUERY.text}
            autoComplete="off"
            aria-describedby="explore-text-hint"
            className="min-w-0 flex-1 rounded border border-muted bg-surface px-3 py-1.5 text-ink"
          />
        </div>
        <p id="explore-text-hint" className="text-sm text-muted">
          Names, summaries, coordinators, cities and themes.
        </p>
        <details data-explore-filters="">
          <summary className="cursor-pointer font-semibold">Themes and status</summary>
          <div className="mt-2 grid gap-5 rounded-lg border border-line bg-surface-alt p-4 sm:p-5">
            <fieldset>
              <legend className="font-semibold">Themes (any of)</legend>
              <ul className="mt-1 grid gap-x-6 gap-y-1 sm:grid-cols-2">
                {themes.map((theme) => (
                  <li key={theme.id}>
                    <label className="flex items-start gap-2">
                      <input type="checkbox" name={QUERY.theme} value={theme.id} className="mt-1.5 h-4 w-4 shrink-0 accent-accent" />
                      {theme.label}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <fieldset>
              <legend className="font-semibold">Status (any of)</legend>
              <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
                {Object.entries(STATUS_LABELS).map(([status, label]) => (
                  <li key={status}>
                    <label className="flex items-start gap-2">
                      <input type="checkbox" name={QUERY.status} value={status} className="mt-1.5 h-4 w-4 shrink-0 accent-accent" />
                      {label}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <p className="flex flex-wrap gap-4">
              <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-accent-contrast">
                Show projects
              </button>
              <button type="reset" className="rounded border border-accent px-4 py-2 font-semibold text-accent">
                Clear filters
              </button>
            </p>
          </div>
        </details>
      </form>
      {/* Announces the number of results; empty until the visitor filters. */}
      <p role="status" data-explore-status="" className="font-semibold"></p>
      <template data-explore-card="">
        <ProjectCard project={TEMPLATE_PROJECT} template />
      </template>
    </section>
  );
}

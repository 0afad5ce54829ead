import type { Project, Theme } from '@/lib/content';
import { listingPageCount, listingPageProjects } from '@/lib/content/listing';
import { themePath, THEMES_PATH } from '@/lib/routes';
import { plural } from '@/lib/text';
import { LISTING_TITLE } from '@/lib/site';
import { Breadcrumb } from './Breadcrumb';
import { Enhancement } from './Enhancement';
import { Pagination } from './Pagination';
import { StructuredData } from './StructuredData';
import { breadcrumbStructuredData } from '@/lib/discovery/structured-data';
import { ProjectList } from './ProjectList';

/**
 * One page of a theme: what it covers and its projects, a listing page's worth at a time.
 * Without JavaScript, theme pages are how visitors filter the listing.
 */
export function ThemeView({ theme, projects, page }: { theme: Theme; projects: readonly Project[]; page: number }) {
  const pages = listingPageCount(projects.length);
  return (
    <>
      <StructuredData
        data={breadcrumbStructuredData([
          { name: LISTING_TITLE, path: '/' },
          { name: 'Themes', path: THEMES_PATH },
          { name: theme.label, path: themePath(theme.id, page) },
        ])}
      />
      <Breadcrumb items={[{ label: LISTING_TITLE, href: '/' }, { label: 'Themes', href: THEMES_PATH }, { label: theme.label }]} />
      <header className="mb-8 max-w-measure">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{theme.label}</h1>
        <p className="mt-2 text-xl">{theme.description}</p>
        <p className="mt-2 text-muted">
          {plural(projects.length, 'project works', 'projects work')} on this theme{pages > 1 ? `; page ${page} of ${pages}` : ''}.
        </p>
      </header>
      {projects.length > 0 ? <ProjectList projects={listingPageProjects(projects, page)} /> : null}
      <Pagination page={page} count={pages} pathOf={(number) => themePath(theme.id, number)} label={`Pages of ${theme.label}`} />
      <Enhancement name="status" />
    </>
  );
}

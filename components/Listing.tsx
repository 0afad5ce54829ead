import type { Content } from '@/lib/content';
import { LISTING_PAGE_SIZE, listingPageCount, listingPageProjects } from '@/lib/content/listing';
import { listingPagePath } from '@/lib/routes';
import { hostOverview } from '@/lib/content/with-host';
import { LISTING_TITLE } from '@/lib/site';
import { Enhancement } from './Enhancement';
import { ProjectsMap } from './pictures/ProjectsMap';
import { ProjectsTimeline } from './pictures/ProjectsTimeline';
import { HostOverview } from './HostOverview';
import { Pagination } from './Pagination';
import { ProjectFilter } from './ProjectFilter';
import { ProjectList } from './ProjectList';
import { Prose } from './Prose';

/**
 * One page of the listing: a one-sentence lead, the finding tools, a page of cards and the
 * links to the other pages; then, on the first page, the host's introduction and overview
 * and the pictures. The cards come before the longer introduction so they start in the
 * first screen on a phone whatever its length: the lead is the host's description, which
 * the content schema keeps to one sentence. The `explore` enhancement replaces the cards
 * with results from every project while a filter is set.
 */
export function Listing({ content, page }: { content: Content; page: number }) {
  const { host, themes, projects } = content;
  const count = listingPageCount(projects.length);
  const onPage = listingPageProjects(projects, page);
  const first = (page - 1) * LISTING_PAGE_SIZE + 1;
  return (
    <>
      <h1 className="mb-2 max-w-measure text-2xl font-bold leading-tight sm:mb-3 sm:text-4xl">{LISTING_TITLE}</h1>
      {page === 1 ? <p className="mb-4 max-w-measure text-muted sm:mb-5">{host.description}</p> : null}
      <ProjectFilter themes={themes} />
      <div data-explore-list="">
        {count > 1 ? (
          <p className="mb-4 text-muted">
            Page {page} of {count}: projects {first}–{first + onPage.length - 1} of {projects.length}.
          </p>
        ) : null}
        <ProjectList projects={onPage} />
        <Pagination page={page} count={count} pathOf={listingPagePath} label="Listing pages" />
      </div>
      <div data-explore-results="" hidden>
        <ul className="grid gap-6 md:grid-cols-2 xl:grid-cols-3"></ul>
      </div>
      {/* The introduction and the pictures are about every project, so they stand once, on the first page. */}
      {page === 1 ? (
        <>
          <section aria-labelledby="about-heading" className="mt-12">
            <h2 id="about-heading" className="mb-3 text-2xl font-bold">
              About these initiatives
            </h2>
            <Prose html={host.introductionHtml} className="mb-4" />
            <HostOverview host={host} overview={hostOverview(host, projects)} />
          </section>
          <ProjectsMap host={host} projects={projects} />
          <ProjectsTimeline projects={projects} />
        </>
      ) : null}
      <Enhancement name="status" />
      <Enhancement name="explore" />
    </>
  );
}

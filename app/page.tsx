import { ProjectsMap } from '@/components/pictures/ProjectsMap';
import { ProjectsTimeline } from '@/components/pictures/ProjectsTimeline';
import { ProjectCard } from '@/components/ProjectCard';
import { Prose } from '@/components/Prose';
import { getContent } from '@/lib/content';
import { LISTING_TITLE } from '@/lib/site';

/** The listing: every related initiative at a glance. */
export default async function ListingPage() {
  const { site, projects } = await getContent();
  return (
    <>
      <h1 className="mb-4 max-w-measure text-3xl font-bold leading-tight sm:text-4xl">{LISTING_TITLE}</h1>
      <Prose html={site.introductionHtml} className="mb-10" />
      <ul className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
        {projects.map((project) => (
          <li key={project.slug} className="grid">
            <ProjectCard project={project} />
          </li>
        ))}
      </ul>
      <ProjectsMap host={site} projects={projects} />
      <ProjectsTimeline projects={projects} />
    </>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/Badge';
import { Breadcrumb } from '@/components/Breadcrumb';
import { KeyFactLine, KeyFacts } from '@/components/KeyFacts';
import { ProjectsMap } from '@/components/pictures/ProjectsMap';
import { ProjectsTimeline } from '@/components/pictures/ProjectsTimeline';
import { Prose } from '@/components/Prose';
import { SourceList } from '@/components/SourceList';
import { StructuredData } from '@/components/StructuredData';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { projectStructuredData } from '@/lib/discovery/structured-data';
import { Enhancement } from '@/components/Enhancement';
import { WithHost } from '@/components/WithHost';
import { RelatedProjects } from '@/components/RelatedProjects';
import { getContent, getProject } from '@/lib/content';
import { relatedProjects } from '@/lib/content/related';
import { sharedWithHost } from '@/lib/content/with-host';
import { LISTING_SHORT_TITLE, LISTING_TITLE } from '@/lib/site';
import { projectPath } from '@/lib/routes';

// Every project page is built ahead of time; any other address is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  const { projects } = await getContent();
  return projects.map((project) => ({ slug: project.slug }));
}

export async function generateMetadata({ params }: PageProps<'/projects/[slug]'>): Promise<Metadata> {
  const [{ host }, project] = await Promise.all([getContent(), getProject((await params).slug)]);
  if (!project) return {};
  return pageMetadata({
    title: project.fullName ? `${project.title}: ${project.fullName}` : project.title,
    description: project.summary,
    path: projectPath(project.slug),
    hostName: host.name,
    type: 'article',
  });
}

/** One project: what it is in its own words, its key facts, and where the facts come from. */
export default async function ProjectPage({ params }: PageProps<'/projects/[slug]'>) {
  const project = await getProject((await params).slug);
  if (!project) notFound();
  const { host, projects } = await getContent();
  return (
    <>
      <StructuredData data={projectStructuredData(project)} />
      <Breadcrumb items={[{ label: LISTING_TITLE, short: LISTING_SHORT_TITLE, href: '/' }, { label: project.title }]} />
      <header className="mb-6 max-w-measure sm:mb-8">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{project.title}</h1>
        {project.fullName ? <p className="mt-1 text-lg text-muted sm:mt-2 sm:text-xl">{project.fullName}</p> : null}
        {project.draft ? (
          <p className="mt-3">
            <Badge tone="warning">Draft: not published</Badge>
          </p>
        ) : null}
        <p className="mt-3 text-lg">{project.summary}</p>
        <KeyFactLine project={project} />
      </header>
      {/* The project's own words come first in reading order, so on a phone they start in
          the first screen; the full key facts follow them there, and on wide screens stand
          beside them on the right: what is seen first is what the keyboard reaches first. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-12">
        <div>
          <Prose html={project.descriptionHtml} />
          <WithHost project={project} host={host} shared={sharedWithHost(project, host)} />
          <RelatedProjects related={relatedProjects(project, projects)} />
          <SourceList sources={project.sources} reviewed={project.reviewed} />
        </div>
        <div>
          <KeyFacts project={project} />
        </div>
      </div>
      <ProjectsMap host={host} projects={[project]} />
      <ProjectsTimeline projects={[project]} />
      {/* Corrects the status and moves the timeline's today marker to the day the page is read. */}
      <Enhancement name="status" />
    </>
  );
}

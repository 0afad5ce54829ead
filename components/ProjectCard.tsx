import Link from 'next/link';
import type { Project } from '@/lib/content';
import { statusLabel } from '@/lib/format';
import { Badge } from './Badge';
import { ExternalLink } from './ExternalLink';

/**
 * One project in the listing. Not one giant link: the title leads to the project's page
 * and "More information" to its official website, so each link says where it goes.
 */
export function ProjectCard({ project }: { project: Project }) {
  const headingId = `project-${project.slug}`;
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-5 sm:p-6">
      <div className="flex items-start justify-between gap-4">
        <h2 id={headingId} className="text-2xl font-bold leading-tight">
          <Link href={`/projects/${project.slug}/`}>{project.title}</Link>
        </h2>
        {project.logo ? (
          // Decorative: the title beside it already names the project. A plain <img>, not
          // next/image: the export serves images as they are, and next/image adds an inline
          // style attribute the strict Content-Security-Policy (style-src 'self') blocks.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={project.logo} alt="" width={128} height={48} loading="lazy" decoding="async" className="h-12 w-32 object-contain object-right" />
        ) : null}
      </div>
      {project.draft ? (
        <p>
          <Badge tone="warning">Draft: not published</Badge>
        </p>
      ) : null}
      {project.fullName ? <p className="font-semibold leading-snug">{project.fullName}</p> : null}
      <p>{project.summary}</p>
      <dl className="mt-auto grid gap-1 border-t border-line pt-3 text-base">
        {project.programme ? <Fact term="Programme">{project.programme}</Fact> : null}
        {project.status ? <Fact term="Status">{statusLabel(project.status)}</Fact> : null}
        {project.themes.length > 0 ? (
          <Fact term="Themes">{project.themes.map((theme) => theme.label).join(', ')}</Fact>
        ) : null}
      </dl>
      <p>
        <ExternalLink href={project.website} context={`about ${project.title}`}>
          More information
        </ExternalLink>
      </p>
    </article>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold">{term}:</dt>
      <dd className="text-muted">{children}</dd>
    </div>
  );
}

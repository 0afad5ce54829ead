import Link from 'next/link';
import type { Project } from '@/lib/content';
import { statusLabel } from '@/lib/status-of-day';
import { Badge } from './Badge';
import { ExternalLink } from './ExternalLink';
import { statusAttributes } from './status-attributes';
import { ThemeLinks } from './ThemeLinks';
import { projectPath } from '@/lib/routes';

/**
 * One project in the listing. Not one giant link: the title leads to the project's page
 * and "More information" to its official website, so each link says where it goes.
 */
export function ProjectCard({ project, template = false }: { project: Project; template?: boolean }) {
  const headingId = `project-${project.slug}`;
  // As a template (inside <template>), each part is marked for the `explore` enhancement,
  // which fills copies of it with search results: one card design, written once.
  const field = (name: string): Record<string, string> => (template ? { 'data-field': name } : {});
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-5 sm:p-6" {...field('card')}>
      <div className="flex items-start justify-between gap-4">
        <h2 id={headingId} className="text-2xl font-bold leading-tight">
          {template ? (
            // No address in the template itself, so crawlers find no made-up page in it.
            <a {...field('title')}>{project.title}</a>
          ) : (
            <Link href={projectPath(project.slug)}>{project.title}</Link>
          )}
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
      {project.fullName ? (
        <p className="font-semibold leading-snug" {...field('fullName')}>
          {project.fullName}
        </p>
      ) : null}
      <p {...field('summary')}>{project.summary}</p>
      <dl className="mt-auto grid gap-1 border-t border-line pt-3 text-base">
        {project.programme ? (
          <Fact term="Programme" attributes={field('programme')}>
            {project.programme}
          </Fact>
        ) : null}
        {project.status ? (
          <Fact term="Status" attributes={{ ...statusAttributes(project), ...field('status') }}>
            {statusLabel(project.status)}
          </Fact>
        ) : null}
        {project.themes.length > 0 ? (
          <Fact term="Themes" attributes={field('themes')}>
            {template ? project.themes.map((theme) => theme.label).join(', ') : <ThemeLinks themes={project.themes} />}
          </Fact>
        ) : null}
      </dl>
      <p {...field('website')}>
        <ExternalLink href={project.website} context={`about ${project.title}`}>
          More information
        </ExternalLink>
      </p>
    </article>
  );
}

function Fact({ term, children, attributes }: { term: string; children: React.ReactNode; attributes?: Record<string, string> }) {
  return (
    <div className="flex flex-wrap gap-x-2" {...attributes}>
      <dt className="font-semibold">{term}:</dt>
      <dd className="text-muted">{children}</dd>
    </div>
  );
}

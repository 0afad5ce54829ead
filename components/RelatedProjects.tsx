import Link from 'next/link';
import type { RelatedProject } from '@/lib/content/related';
import { projectPath } from '@/lib/routes';

/** Other projects that share themes or cities with this one, each with the reason. */
export function RelatedProjects({ related }: { related: readonly RelatedProject[] }) {
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related" className="mt-10">
      <h2 id="related" className="mb-3 text-xl font-bold">
        Related projects
      </h2>
      <ul className="grid gap-3">
        {related.map(({ project, reason }) => (
          <li key={project.slug}>
            <Link href={projectPath(project.slug)} className="font-semibold">
              {project.title}
            </Link>
            {project.fullName ? <span className="text-muted">: {project.fullName}</span> : null}
            <p className="text-base">{reason}.</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { Project } from '@/lib/content';
import { ProjectCard } from './ProjectCard';

/** Project cards in a grid: one column on phones, two on tablets, three on wide screens. */
export function ProjectList({ projects }: { projects: readonly Project[] }) {
  return (
    <ul className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
      {projects.map((project) => (
        <li key={project.slug} className="grid">
          <ProjectCard project={project} />
        </li>
      ))}
    </ul>
  );
}

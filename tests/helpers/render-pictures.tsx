import { renderToStaticMarkup } from 'react-dom/server';
import { ProjectsMap } from '@/components/pictures/ProjectsMap';
import { ProjectsTimeline } from '@/components/pictures/ProjectsTimeline';
import { loadFixtureSite } from './fixture-projects';

// Prints the fixture site's pictures as a build renders them, for comparing two processes.
const { host, projects } = await loadFixtureSite();
process.stdout.write(
  renderToStaticMarkup(
    <>
      <ProjectsMap host={host} projects={projects} />
      <ProjectsTimeline projects={projects} today={new Date('2025-06-15T00:00:00Z')} />
    </>,
  ),
);

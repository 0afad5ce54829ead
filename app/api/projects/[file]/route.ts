import { getContent } from '@/lib/content';
import { projectFile } from '@/lib/discovery/public-api';

// One file per published project, written at build time; any other name is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const { projects } = await getContent();
  return projects.filter((project) => !project.draft).map((project) => ({ file: `${project.slug}.json` }));
}

/** `/api/projects/<slug>.json`: one published project. */
export async function GET(_request: Request, { params }: RouteContext<'/api/projects/[file]'>) {
  const { file } = await params;
  const { projects } = await getContent();
  const project = projects.find((candidate) => !candidate.draft && `${candidate.slug}.json` === file);
  if (!project) return new Response('Not found', { status: 404 });
  return Response.json(projectFile(project));
}

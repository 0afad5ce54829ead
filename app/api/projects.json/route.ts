import { getContent } from '@/lib/content';
import { projectList } from '@/lib/discovery/public-api';

// Written once at build time, as a file in the export.
export const dynamic = 'force-static';

/** `/api/projects.json`: every published project, for partner sites to embed. */
export async function GET() {
  return Response.json(projectList((await getContent()).projects));
}

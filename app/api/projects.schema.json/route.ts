import { API_PATHS, apiJsonSchema, projectListSchema } from '@/lib/discovery/public-api';

export const dynamic = 'force-static';

/** The JSON Schema of `/api/projects.json`, generated from its zod schema. */
export function GET() {
  return Response.json(apiJsonSchema(projectListSchema, API_PATHS.projectsSchema));
}

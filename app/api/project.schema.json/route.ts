import { API_PATHS, apiJsonSchema, projectFileSchema } from '@/lib/discovery/public-api';

export const dynamic = 'force-static';

/** The JSON Schema of `/api/projects/<slug>.json`, generated from its zod schema. */
export function GET() {
  return Response.json(apiJsonSchema(projectFileSchema, API_PATHS.projectSchema));
}

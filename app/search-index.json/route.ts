import { getContent } from '@/lib/content';
import { buildSearchIndex } from '@/lib/explore/search-index';

// Written once at build time as a plain file, `/search-index.json`, for the listing's filter.
export const dynamic = 'force-static';

/** The listing's search index (lib/explore/search-index.ts). */
export async function GET() {
  return Response.json(buildSearchIndex(await getContent()));
}

import { getContent } from '@/lib/content';
import { FEEDS, projectFeed } from '@/lib/discovery/feeds';

// Written once at build time, as a file in the export.
export const dynamic = 'force-static';

/** The projects as a JSON Feed (version 1), newest first. */
export async function GET() {
  return new Response(projectFeed(await getContent()).json1(), { headers: { 'Content-Type': `${FEEDS.json.type}; charset=utf-8` } });
}

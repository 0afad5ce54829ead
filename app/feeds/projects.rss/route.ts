import { getContent } from '@/lib/content';
import { FEEDS, projectFeed } from '@/lib/discovery/feeds';

// Written once at build time, as a file in the export.
export const dynamic = 'force-static';

/** The projects as an RSS 2.0 feed, newest first. */
export async function GET() {
  return new Response(projectFeed(await getContent()).rss2(), { headers: { 'Content-Type': `${FEEDS.rss.type}; charset=utf-8` } });
}

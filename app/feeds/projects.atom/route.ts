import { getContent } from '@/lib/content';
import { atomText, FEEDS, projectFeed } from '@/lib/discovery/feeds';

// Written once at build time, as a file in the export.
export const dynamic = 'force-static';

/** The projects as an Atom feed, newest first. */
export async function GET() {
  return new Response(atomText(projectFeed(await getContent())), { headers: { 'Content-Type': `${FEEDS.atom.type}; charset=utf-8` } });
}

import { getContent } from '@/lib/content';
import { hostStylesheet } from '@/lib/host-style';

// Written once at build time as a plain file, `/host.css` (lib/host-style.ts).
export const dynamic = 'force-static';

/** The host's colour as a CSS variable. */
export async function GET() {
  const { host } = await getContent();
  return new Response(hostStylesheet(host), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}

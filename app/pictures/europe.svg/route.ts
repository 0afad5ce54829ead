import { europeBaseMapSvg } from '@/lib/pictures/map';

// Written once at build time, as a file in the export.
export const dynamic = 'force-static';

/** The base map of Europe, which every page's map draws through `<use href>`. */
export function GET() {
  return new Response(europeBaseMapSvg(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}

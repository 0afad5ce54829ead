import { euEmblemSvg } from '@/components/EuEmblem';

// Written once at build time, as a file in the export.
export const dynamic = 'force-static';

/** The EU emblem, which the footer of every page draws through `<use href>`. */
export function GET() {
  return new Response(euEmblemSvg(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}

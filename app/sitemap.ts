import type { MetadataRoute } from 'next';
import { getContent } from '@/lib/content';
import { publicPages } from '@/lib/routes';
import { absoluteUrl } from '@/lib/settings';

export const dynamic = 'force-static';

/** `/sitemap.xml`: every public page, with the day its content last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return publicPages(await getContent()).map((page) => ({ url: absoluteUrl(page.path), lastModified: page.lastModified }));
}

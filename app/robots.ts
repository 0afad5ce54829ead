import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/settings';

export const dynamic = 'force-static';

/** `/robots.txt`: every page may be crawled; the sitemap lists them. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl('/sitemap.xml') };
}

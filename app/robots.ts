import type { MetadataRoute } from 'next';
import { ADMIN_FOLDER } from '@/lib/admin/paths';
import { absoluteUrl, basePath } from '@/lib/settings';

export const dynamic = 'force-static';

/** `/robots.txt`: every page may be crawled but the CMS at /admin/; the sitemap lists them. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/', disallow: `${basePath()}/${ADMIN_FOLDER}/` }, sitemap: absoluteUrl('/sitemap.xml') };
}

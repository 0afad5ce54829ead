import { getContent } from '@/lib/content';
import { socialCardImage } from '@/components/social-card-image';
import { LISTING_TITLE } from '@/lib/site';

export { contentType, size } from '@/components/social-card-image';
// Drawn once at build time, into the export.
export const dynamic = 'force-static';
export const alt = `${LISTING_TITLE}, presented by the host project, with the EU funding acknowledgement`;

/** The listing's social card, which pages without their own card share. */
export default async function Image() {
  const { host } = await getContent();
  return socialCardImage({ host: host, eyebrow: `${host.name} presents`, title: LISTING_TITLE, subtitle: host.description });
}

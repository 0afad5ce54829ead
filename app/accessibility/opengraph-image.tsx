import { getContent } from '@/lib/content';
import { socialCardImage } from '@/components/social-card-image';

export { contentType, size } from '@/components/social-card-image';
// Drawn once at build time, into the export.
export const dynamic = 'force-static';
export const alt = 'The accessibility statement of this website, with the EU funding acknowledgement';

/** The accessibility statement's social card. */
export default async function Image() {
  const { host, accessibility } = await getContent();
  return socialCardImage({ host: host, eyebrow: `${host.name} website`, title: accessibility.title, subtitle: accessibility.description });
}

import { getContent } from '@/lib/content';
import { socialCardImage } from '@/components/social-card-image';
import { LISTING_TITLE } from '@/lib/site';

export { contentType, size } from '@/components/social-card-image';
// Drawn once at build time, into the export.
export const dynamic = 'force-static';
export const alt = 'The themes of the listed projects, with the host project and the EU funding acknowledgement';

/** The themes index's social card. */
export default async function Image() {
  const { host, themes } = await getContent();
  return socialCardImage({ host: host, eyebrow: LISTING_TITLE, title: 'Themes', subtitle: `${themes.length} themes, each with its projects` });
}

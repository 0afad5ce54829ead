import { getContent } from '@/lib/content';
import { socialCardImage } from '@/components/social-card-image';

export { contentType, size } from '@/components/social-card-image';
// Drawn once at build time, into the export, for the same themes as the pages.
export const dynamic = 'force-static';
export const dynamicParams = false;
export { generateStaticParams } from './page';
export const alt = 'The theme and what it covers, with the host project and the EU funding acknowledgement';

/** A theme page's social card (its further pages share it). */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { host, themes } = await getContent();
  const theme = themes.find((candidate) => candidate.id === id);
  if (!theme) throw new Error(`There is no theme "${id}" to draw a social card for.`);
  return socialCardImage({ host: host, eyebrow: 'Theme', title: theme.label, subtitle: theme.description });
}

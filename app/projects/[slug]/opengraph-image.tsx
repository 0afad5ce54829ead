import { getContent, getProject } from '@/lib/content';
import { socialCardImage } from '@/lib/discovery/social-card';
import { LISTING_TITLE } from '@/lib/site';

export { contentType, size } from '@/lib/discovery/social-card';
// Drawn once at build time, into the export.
export const dynamic = 'force-static';
export const alt = "The project's name, the host project and the EU funding acknowledgement";

export { generateStaticParams } from './page';

/** A project page's social card. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const [{ site }, project] = await Promise.all([getContent(), getProject((await params).slug)]);
  if (!project) throw new Error(`No project ${(await params).slug}`);
  return socialCardImage({ host: site, eyebrow: LISTING_TITLE, title: project.title, subtitle: project.fullName });
}

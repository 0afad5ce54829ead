import { getContent, getProject } from '@/lib/content';
import { socialCardImage } from '@/components/social-card-image';
import { LISTING_TITLE } from '@/lib/site';

export { contentType, size } from '@/components/social-card-image';
// Drawn once at build time, into the export, for the same projects as the pages.
export const dynamic = 'force-static';
export const dynamicParams = false;
export { generateStaticParams } from './page';
export const alt = "The project's name and full name, with the host project and the EU funding acknowledgement";

/** A project page's social card. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [{ host }, project] = await Promise.all([getContent(), getProject(slug)]);
  if (!project) throw new Error(`There is no project "${slug}" to draw a social card for.`);
  return socialCardImage({ host: host, eyebrow: LISTING_TITLE, title: project.title, subtitle: project.fullName });
}

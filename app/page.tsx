import type { Metadata } from 'next';
import { Listing } from '@/components/Listing';
import { StructuredData } from '@/components/StructuredData';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { listingStructuredData } from '@/lib/discovery/structured-data';
import { LISTING_TITLE } from '@/lib/site';

export async function generateMetadata(): Promise<Metadata> {
  const { host } = await getContent();
  return pageMetadata({ title: `${LISTING_TITLE} · ${host.name}`, completeTitle: true, description: host.description, path: '/', hostName: host.name });
}

/** The listing: every related initiative at a glance (its first page). */
export default async function ListingPage() {
  const content = await getContent();
  return (
    <>
      <StructuredData data={listingStructuredData(content.host)} />
      <Listing content={content} page={1} />
    </>
  );
}

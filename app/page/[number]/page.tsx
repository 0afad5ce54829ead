import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Listing } from '@/components/Listing';
import { getContent } from '@/lib/content';
import { StructuredData } from '@/components/StructuredData';
import { listingPageCount } from '@/lib/content/listing';
import { listingPagePath } from '@/lib/routes';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { breadcrumbStructuredData } from '@/lib/discovery/structured-data';
import { LISTING_TITLE } from '@/lib/site';

// Every listing page is built ahead of time; any other number is a 404.
export const dynamicParams = false;

/**
 * Pages 2 onwards; page 1 is `/`. `/page/1/` is built too, as the same page with `/` as
 * its canonical address (a redirect would need a server or a script): Next's export needs
 * at least one path per dynamic route, even when every project fits on `/`.
 */
export async function generateStaticParams() {
  const { projects } = await getContent();
  const count = listingPageCount(projects.length);
  return Array.from({ length: count }, (_, index) => ({ number: String(index + 1) }));
}

async function pageNumber(params: Promise<{ number: string }>): Promise<number | undefined> {
  const number = Number((await params).number);
  const { projects } = await getContent();
  return Number.isInteger(number) && number >= 1 && number <= listingPageCount(projects.length) ? number : undefined;
}

export async function generateMetadata({ params }: PageProps<'/page/[number]'>): Promise<Metadata> {
  const [number, { host }] = await Promise.all([pageNumber(params), getContent()]);
  if (!number) return {};
  // Page 1 is a copy of the listing: its canonical address is the listing's own.
  if (number === 1) return pageMetadata({ title: `${LISTING_TITLE} · ${host.name}`, completeTitle: true, description: host.description, path: '/', hostName: host.name });
  return pageMetadata({
    title: `${LISTING_TITLE}, page ${number}`,
    description: `Page ${number} of the projects and initiatives that ${host.name} works with.`,
    path: listingPagePath(number),
    hostName: host.name,
  });
}

/** A further page of the listing. */
export default async function ListingPageNumber({ params }: PageProps<'/page/[number]'>) {
  const number = await pageNumber(params);
  if (!number) notFound();
  return (
    <>
      <StructuredData data={breadcrumbStructuredData([{ name: LISTING_TITLE, path: '/' }, { name: `Page ${number}`, path: listingPagePath(number) }])} />
      <Listing content={await getContent()} page={number} />
    </>
  );
}

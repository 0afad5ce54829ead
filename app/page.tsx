import { Listing } from '@/components/Listing';
import { getContent } from '@/lib/content';

/** The listing: every related initiative at a glance (its first page). */
export default async function ListingPage() {
  return <Listing content={await getContent()} page={1} />;
}

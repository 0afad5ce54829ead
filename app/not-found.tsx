import type { Metadata } from 'next';
import Link from 'next/link';
import { LISTING_TITLE } from '@/lib/site';

export const metadata: Metadata = { title: 'Page not found' };

/** Any address the site does not have: a real 404 with a way back. */
export default function NotFound() {
  return (
    <div className="max-w-measure">
      <h1 className="mb-4 text-3xl font-bold leading-tight sm:text-4xl">Page not found</h1>
      <p className="mb-4">
        There is no page at this address. It may have moved, or the address may be mistyped.
      </p>
      <p>
        <Link href="/">Go to {LISTING_TITLE}</Link>
      </p>
    </div>
  );
}

import Link from 'next/link';
import type { Site } from '@/lib/content';
import { THEMES_PATH } from '@/lib/content/listing';
import { LISTING_TITLE } from '@/lib/site';
import { ExternalLink } from './ExternalLink';

/** The host's identity, linking home, and the site's few destinations. */
export function SiteHeader({ site }: { site: Site }) {
  return (
    // With a colour of its own, the host's name is written in it (large bold text, for
    // which the check asks 3:1 in both schemes) under a band of it.
    <header className={`border-b border-line bg-surface-alt${site.colour ? ' border-t-4 border-t-host' : ''}`}>
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-8 gap-y-2 px-4 py-4 sm:px-6">
        <Link href="/" className="flex items-center gap-3 no-underline text-ink">
          {/* The name beside it says what the logo says, so the logo is decoration. */}
          {site.logo ? (
            // A plain image, as the projects' logos: next/image would write an inline style.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={site.logo} alt="" className="h-12 w-auto" />
          ) : null}
          <span className="flex flex-col">
            <span className={`text-2xl font-bold tracking-tight${site.colour ? ' text-host' : ''}`}>{site.name}</span>
            <span className="text-sm text-muted">{site.fullName}</span>
          </span>
        </Link>
        <nav aria-label="Main" className="no-print">
          <ul className="flex flex-wrap gap-x-6 gap-y-1 text-base">
            <li>
              <Link href="/">{LISTING_TITLE}</Link>
            </li>
            <li>
              <Link href={THEMES_PATH}>Themes</Link>
            </li>
            <li>
              <ExternalLink href={site.website}>{site.name} website</ExternalLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

import Link from 'next/link';
import type { Host } from '@/lib/content';
import { THEMES_PATH } from '@/lib/routes';
import { LISTING_SHORT_TITLE, LISTING_TITLE } from '@/lib/site';
import { ExternalLink } from './ExternalLink';

/**
 * The host's identity, linking home, and the site's few destinations. On a phone it takes
 * two short lines (name, then the links with the listing's short name), so the listing's
 * cards and a project's own words reach the first screen; the full name shows from tablets up.
 */
export function SiteHeader({ host }: { host: Host }) {
  return (
    // With a colour of its own, the host's name is written in it (large bold text, for
    // which the check asks 3:1 in both schemes) under a band of it.
    <header className={`border-b border-line bg-surface-alt${host.colour ? ' border-t-4 border-t-host' : ''}`}>
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-8 gap-y-1 px-4 py-2 sm:px-6 sm:py-4">
        <Link href="/" className="flex items-center gap-3 no-underline text-ink">
          {/* The name beside it says what the logo says, so the logo is decoration. */}
          {host.logo ? (
            // A plain image, as the projects' logos: next/image would write an inline style.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={host.logo} alt="" className="h-8 w-auto sm:h-12" />
          ) : null}
          <span className="flex flex-col">
            <span className={`text-2xl font-bold tracking-tight${host.colour ? ' text-host' : ''}`}>{host.name}</span>
            <span className="text-sm text-muted max-sm:sr-only">{host.fullName}</span>
          </span>
        </Link>
        <nav aria-label="Main" className="no-print">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base sm:gap-x-6">
            <li>
              <Link href="/">
                <span className="sm:hidden">{LISTING_SHORT_TITLE}</span>
                <span className="max-sm:hidden">{LISTING_TITLE}</span>
              </Link>
            </li>
            <li>
              <Link href={THEMES_PATH}>Themes</Link>
            </li>
            <li>
              <ExternalLink href={host.website}>{host.name} website</ExternalLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

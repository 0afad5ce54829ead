import Link from 'next/link';
import type { Host } from '@/lib/content';
import { THEMES_PATH } from '@/lib/routes';
import { LISTING_TITLE } from '@/lib/site';
import { ExternalLink } from './ExternalLink';

/** The host's identity, linking home, and the site's few destinations. */
export function SiteHeader({ host }: { host: Host }) {
  return (
    <header className="border-b border-line bg-surface-alt">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-8 gap-y-2 px-4 py-4 sm:px-6">
        <Link href="/" className="flex flex-col no-underline text-ink">
          <span className="text-2xl font-bold tracking-tight">{host.name}</span>
          <span className="text-sm text-muted">{host.fullName}</span>
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
              <ExternalLink href={host.website}>{host.name} website</ExternalLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

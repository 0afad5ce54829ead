import Link from 'next/link';
import type { Host } from '@/lib/content';
import { ContactLink } from './ContactLink';
import { EuEmblem } from './EuEmblem';
import { ExternalLink } from './ExternalLink';

/**
 * The EU funding acknowledgement every page carries: the emblem with "Funded by the
 * European Union" beside it (never apart), the grant agreement, and the disclaimer, a
 * legal formula quoted word for word with the granting authority's name; then the
 * accessibility statement and the host's contact.
 */
export function SiteFooter({ host }: { host: Host }) {
  return (
    <footer className="mt-16 border-t border-line bg-surface-alt">
      <div className="mx-auto grid max-w-page gap-6 px-4 py-10 sm:px-6">
        <p className="flex items-center gap-4 text-lg font-semibold">
          <EuEmblem className="h-12 w-auto shrink-0 sm:h-14" />
          <span>Funded by the European Union</span>
        </p>
        <p className="max-w-measure">{fundingStatement(host)}</p>
        <p className="max-w-measure text-muted">{fundingDisclaimer(host)}</p>
        <nav aria-label="Footer" className="no-print">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/accessibility/">Accessibility statement</Link>
            </li>
            <li>
              <ExternalLink href={host.website}>{host.name} project website</ExternalLink>
            </li>
            <li>
              Contact: <ContactLink host={host} />
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

/** Which programme funds the host, under which grant agreement. */
export function fundingStatement(host: Pick<Host, 'name' | 'programme' | 'grantAgreement'>): string {
  return `${host.name} has received funding from the European Union's ${host.programme} programme under grant agreement No ${host.grantAgreement}.`;
}

/** The EU's standard disclaimer for Horizon Europe projects, naming the granting authority. */
export function fundingDisclaimer(host: Pick<Host, 'grantingAuthority'>): string {
  return (
    'Funded by the European Union. Views and opinions expressed are however those of the ' +
    'author(s) only and do not necessarily reflect those of the European Union or ' +
    `${host.grantingAuthority.name}. Neither the European Union nor the granting authority ` +
    'can be held responsible for them.'
  );
}

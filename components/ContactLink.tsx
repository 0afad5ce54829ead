import type { Host } from '@/lib/content';
import { ExternalLink } from './ExternalLink';

/**
 * The host's contact from `site.md`: an e-mail address shown as itself, or a contact page
 * shown by its address, so visitors see where the link leads.
 */
export function ContactLink({ host }: { host: Pick<Host, 'contact' | 'contactHref'> }) {
  if (host.contactHref.startsWith('mailto:')) return <a href={host.contactHref}>{host.contact}</a>;
  const url = new URL(host.contactHref);
  const shown = `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  return <ExternalLink href={host.contactHref}>{shown}</ExternalLink>;
}

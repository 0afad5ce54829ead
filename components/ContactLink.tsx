import type { Host } from '@/lib/content';
import { ExternalLink } from './ExternalLink';

/**
 * The host's contact from `site.md`: an e-mail address shown as itself, or a contact page
 * shown by its address, so visitors see where the link leads.
 */
export function ContactLink({ site }: { site: Pick<Host, 'contact' | 'contactHref'> }) {
  if (site.contactHref.startsWith('mailto:')) return <a href={site.contactHref}>{site.contact}</a>;
  const url = new URL(site.contactHref);
  const shown = `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  return <ExternalLink href={site.contactHref}>{shown}</ExternalLink>;
}

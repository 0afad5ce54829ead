import type { BreadcrumbList, Grant, GovernmentOrganization, Graph, ResearchProject, Thing, WebSite, WithContext } from 'schema-dts';
import type { Project, Host } from '@/lib/content';
import { LISTING_TITLE } from '@/lib/site';
import { absoluteUrl, siteOrigin } from '../settings';
import { cordisUrl, projectPath } from '../routes';

/**
 * Structured data (JSON-LD, schema.org) that tells search engines what each page is about:
 * the site and its host on the listing, a project and where it sits on a project page.
 */

const EUROPEAN_UNION: GovernmentOrganization = {
  '@type': 'GovernmentOrganization',
  name: 'European Union',
  url: 'https://european-union.europa.eu/',
};

/** A grant from the EU, with what is known of it: programme, agreement number, CORDIS page. */
function euGrant({ programme, grantAgreement }: { programme?: string; grantAgreement?: string }): Grant {
  return {
    '@type': 'Grant',
    name: [programme, grantAgreement && `grant agreement No ${grantAgreement}`].filter(Boolean).join(', '),
    ...(grantAgreement ? { identifier: grantAgreement, url: cordisUrl(grantAgreement) } : {}),
    funder: EUROPEAN_UNION,
  };
}

/** The host's node id in the graph: its own website, marked as the project. */
const hostId = (host: Host) => `${host.website}#project`;

/** The host project, the EU-funded project whose website this is. */
function hostProject(host: Host): ResearchProject {
  return {
    '@type': 'ResearchProject',
    '@id': hostId(host),
    name: host.name,
    alternateName: host.fullName,
    url: host.website,
    funder: EUROPEAN_UNION,
    funding: euGrant(host),
  };
}

/** The listing: the website itself, published by the host project. */
export function listingStructuredData(host: Host): Graph {
  const hostNode = hostProject(host);
  const website: WebSite = {
    '@type': 'WebSite',
    name: `${LISTING_TITLE} · ${host.name}`,
    description: host.description,
    url: absoluteUrl('/'),
    inLanguage: 'en',
    publisher: { '@id': hostId(host) },
  };
  return { '@context': 'https://schema.org', '@graph': [website, hostNode] };
}

/** A project page: the project, with its funding where the content gives it, and its breadcrumb. */
export function projectStructuredData(project: Project): Graph {
  const url = absoluteUrl(projectPath(project.slug));
  // An initiative with neither a programme nor a grant is not claimed as EU-funded.
  const funded = Boolean(project.programme || project.grantAgreement);
  const researchProject: ResearchProject = {
    '@type': 'ResearchProject',
    name: project.title,
    ...(project.fullName ? { alternateName: project.fullName } : {}),
    description: project.summary,
    url,
    sameAs: [project.website, ...(project.cordisUrl ? [project.cordisUrl] : [])],
    // The loader already put BASE_PATH in front of the logo's path.
    ...(project.logo ? { logo: `${siteOrigin()}${project.logo}` } : {}),
    ...(funded ? { funder: EUROPEAN_UNION, funding: euGrant(project) } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [researchProject, breadcrumbList([{ name: LISTING_TITLE, path: '/' }, { name: project.title, path: projectPath(project.slug) }])],
  };
}

/** Where a page sits, as the visible breadcrumb shows it: Home › Page. */
export function breadcrumbStructuredData(items: ReadonlyArray<{ name: string; path: string }>): WithContext<BreadcrumbList> {
  return { '@context': 'https://schema.org', ...breadcrumbList(items) };
}

function breadcrumbList(items: ReadonlyArray<{ name: string; path: string }>): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

/**
 * JSON-LD as text that is safe inside `<script type="application/ld+json">`: HTML ends a
 * script at the first `</script>` and treats `<!--` specially, whatever the JSON means,
 * so `<`, `>` and `&` are written as JSON escapes (`\u003c`…), which parse back to the
 * same characters. U+2028 and U+2029 are escaped too, for older JavaScript parsers.
 */
export function jsonLdText(data: Graph | WithContext<Thing>): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

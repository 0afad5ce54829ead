import type { Element } from 'hast';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AccessibilityPage from '@/app/accessibility/page';
import ListingPage from '@/app/page';
import ProjectPage from '@/app/projects/[slug]/page';
import { loadContent } from '@/lib/content/load';
import { jsonLdText } from '@/lib/discovery/structured-data';
import { FIXTURES, makeContentFixture } from '../../helpers/content-fixture';

const params = (slug: string) => ({ params: Promise.resolve({ slug }) }) as PageProps<'/projects/[slug]'>;

/** The page as a browser reads it (a real HTML parser): its scripts and their text. */
function scriptsOf(html: string): Array<{ type: unknown; text: string }> {
  const scripts: Array<{ type: unknown; text: string }> = [];
  visit(unified().use(rehypeParse).parse(html), 'element', (element: Element) => {
    if (element.tagName !== 'script') return;
    scripts.push({ type: element.properties.type, text: element.children.map((child) => ('value' in child ? child.value : '')).join('') });
  });
  return scripts;
}

/** The one JSON-LD block of a page, parsed. */
function structuredData(html: string) {
  // Enhancement modules are scripts too (type module, with a src); the data block is the one other.
  const scripts = scriptsOf(html).filter((script) => script.type !== 'module');
  expect(scripts.map((script) => script.type)).toEqual(['application/ld+json']);
  return JSON.parse(scripts[0]!.text);
}

describe('structured data on the pages', () => {
  let contentDir = '';
  beforeEach(async () => {
    contentDir = (await makeContentFixture(path.join(FIXTURES, 'hostile-structured-data'))).contentDir;
    vi.stubEnv('LIAISON_CONTENT_DIR', contentDir);
    vi.stubEnv('LIAISON_TODAY', '2025-06-15');
    vi.stubEnv('SITE_URL', 'https://example.org');
  });
  afterEach(() => vi.unstubAllEnvs());

  it('keeps names with </script>, <!-- and a line separator inside the data, where they parse back unchanged', async () => {
    const gamma = (await loadContent({ contentDir })).projects.find((project) => project.slug === 'gamma')!;
    expect(gamma.title).toContain('</script>');
    const html = renderToStaticMarkup(await ProjectPage(params('gamma')));
    // Every `</script` in the page closes a script a real parser found: none came from the data.
    expect(html.match(/<\/script/gi)?.length).toBe(scriptsOf(html).length);
    const [project, breadcrumb] = structuredData(html)['@graph'];
    expect(project).toMatchObject({ '@type': 'ResearchProject', name: gamma.title, alternateName: gamma.fullName });
    expect(breadcrumb.itemListElement[1]).toMatchObject({ name: gamma.title, item: 'https://example.org/projects/gamma/' });
  });

  it('describes a project: names, summary, address, official site, EU funder and grant, breadcrumb', async () => {
    const { '@context': context, '@graph': graph } = structuredData(renderToStaticMarkup(await ProjectPage(params('alpha'))));
    expect(context).toBe('https://schema.org');
    expect(graph).toEqual([
      {
        '@type': 'ResearchProject',
        name: 'ALPHA',
        alternateName: 'Alpha Mobility Project',
        description: 'Alpha tests trams.',
        url: 'https://example.org/projects/alpha/',
        sameAs: ['https://alpha.example.org/', 'https://cordis.europa.eu/project/id/101000001'],
        logo: 'https://example.org/logos/alpha.svg',
        funder: { '@type': 'GovernmentOrganization', name: 'European Union', url: 'https://european-union.europa.eu/' },
        funding: {
          '@type': 'Grant',
          name: 'Horizon Europe, grant agreement No 101000001',
          identifier: '101000001',
          url: 'https://cordis.europa.eu/project/id/101000001',
          funder: { '@type': 'GovernmentOrganization', name: 'European Union', url: 'https://european-union.europa.eu/' },
        },
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Synergetic projects & liaison initiatives', item: 'https://example.org/' },
          { '@type': 'ListItem', position: 2, name: 'ALPHA', item: 'https://example.org/projects/alpha/' },
        ],
      },
    ]);
  });

  it('claims no EU funding for an initiative whose file names neither programme nor grant', async () => {
    const [beta] = structuredData(renderToStaticMarkup(await ProjectPage(params('beta'))))['@graph'];
    expect(beta).not.toHaveProperty('funder');
    expect(beta).not.toHaveProperty('funding');
  });

  it('describes the listing as a website published by the host, a research project the EU funds', async () => {
    const [website, host] = structuredData(renderToStaticMarkup(await ListingPage()))['@graph'];
    expect(website).toMatchObject({ '@type': 'WebSite', url: 'https://example.org/', publisher: { '@id': 'https://host.example.org/#project' } });
    expect(host).toMatchObject({
      '@type': 'ResearchProject',
      '@id': 'https://host.example.org/#project',
      name: 'HOST',
      alternateName: 'Host Project for Tests',
      funder: { name: 'European Union' },
      funding: { '@type': 'Grant', identifier: '123456789', name: 'Horizon Europe, grant agreement No 123456789' },
    });
  });

  it('gives the accessibility statement its breadcrumb', async () => {
    const data = structuredData(renderToStaticMarkup(await AccessibilityPage()));
    expect(data['@type']).toBe('BreadcrumbList');
    expect(data.itemListElement.map((item: { item: string }) => item.item)).toEqual(['https://example.org/', 'https://example.org/accessibility/']);
  });
});

describe('jsonLdText', () => {
  it('writes <, >, &, U+2028 and U+2029 as JSON escapes, which parse back to the same text', () => {
    const data = { '@context': 'https://schema.org', '@type': 'Thing', name: '</script><!-- & -->\u2028\u2029' } as const;
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e\\u003c!-- \\u0026 --\\u003e\\u2028\\u2029');
    expect(JSON.parse(text)).toEqual(data);
  });
});

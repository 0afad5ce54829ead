// @vitest-environment node
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateMetadata as accessibilityMetadata } from '@/app/accessibility/page';
import { generateMetadata as listingMetadata } from '@/app/page';
import { generateMetadata as projectMetadata } from '@/app/projects/[slug]/page';
import robots from '@/app/robots';
import { generateMetadata as themeMetadata } from '@/app/themes/[id]/page';
import { generateMetadata as themesMetadata } from '@/app/themes/page';
import sitemap from '@/app/sitemap';
import { FIXTURES } from '../helpers/content-fixture';

const params = (slug: string) => ({ params: Promise.resolve({ slug }) }) as PageProps<'/projects/[slug]'>;

describe('what the fixture site tells search engines and link previews', () => {
  beforeEach(() => {
    vi.stubEnv('LIAISON_CONTENT_DIR', path.join(FIXTURES, 'site', 'content'));
    vi.stubEnv('SITE_URL', 'https://example.org');
    vi.stubEnv('BASE_PATH', '/liaison');
  });
  afterEach(() => vi.unstubAllEnvs());

  it('gives a project page its title, description, canonical address with the base path, Open Graph and Twitter tags, and the feeds', async () => {
    const metadata = await projectMetadata(params('alpha'));
    expect(metadata).toMatchObject({
      title: 'ALPHA: Alpha Mobility Project',
      description: 'Alpha tests trams.',
      alternates: {
        canonical: 'https://example.org/liaison/projects/alpha/',
        types: {
          'application/rss+xml': [{ url: 'https://example.org/liaison/feeds/projects.rss', title: 'Projects (RSS)' }],
          'application/atom+xml': [{ url: 'https://example.org/liaison/feeds/projects.atom', title: 'Projects (Atom)' }],
          'application/feed+json': [{ url: 'https://example.org/liaison/feeds/projects.json', title: 'Projects (JSON Feed)' }],
        },
      },
      openGraph: { type: 'article', url: 'https://example.org/liaison/projects/alpha/', title: 'ALPHA: Alpha Mobility Project', description: 'Alpha tests trams.', siteName: 'HOST' },
      twitter: { card: 'summary_large_image', title: 'ALPHA: Alpha Mobility Project', description: 'Alpha tests trams.' },
    });
  });

  it('gives every page its own title, description and canonical address', async () => {
    const themeIds = ['public-transport', 'active-mobility', 'climate-neutrality'];
    const pages = [
      await listingMetadata(),
      await projectMetadata(params('alpha')),
      await projectMetadata(params('beta')),
      await themesMetadata(),
      ...(await Promise.all(themeIds.map((id) => themeMetadata({ params: Promise.resolve({ id }) } as PageProps<'/themes/[id]'>)))),
      await accessibilityMetadata(),
    ];
    const titles = pages.map((page) => (typeof page.title === 'object' && page.title && 'absolute' in page.title ? page.title.absolute : page.title));
    expect(titles).toEqual([
      'Synergetic projects & liaison initiatives · HOST',
      'ALPHA: Alpha Mobility Project',
      'Beta',
      'Themes',
      'Theme: Public transport',
      'Theme: Walking and cycling',
      'Theme: Climate-neutral cities',
      'Accessibility statement',
    ]);
    expect(new Set(pages.map((page) => page.description)).size).toBe(pages.length);
    expect(pages.map((page) => page.alternates?.canonical)).toEqual([
      'https://example.org/liaison/',
      'https://example.org/liaison/projects/alpha/',
      'https://example.org/liaison/projects/beta/',
      'https://example.org/liaison/themes/',
      ...themeIds.map((id) => `https://example.org/liaison/themes/${id}/`),
      'https://example.org/liaison/accessibility/',
    ]);
  });

  it('lists every public page in the sitemap with absolute addresses, and robots points at it', async () => {
    expect((await sitemap()).map((entry) => entry.url)).toEqual([
      'https://example.org/liaison/',
      'https://example.org/liaison/projects/alpha/',
      'https://example.org/liaison/projects/beta/',
      'https://example.org/liaison/themes/',
      ...['public-transport', 'active-mobility', 'climate-neutrality'].map((id) => `https://example.org/liaison/themes/${id}/`),
      'https://example.org/liaison/accessibility/',
    ]);
    expect(robots()).toEqual({ rules: { userAgent: '*', allow: '/', disallow: '/liaison/admin/' }, sitemap: 'https://example.org/liaison/sitemap.xml' });
  });
});

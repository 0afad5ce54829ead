import { render, screen, within } from '@testing-library/react';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import AccessibilityPage from '@/app/accessibility/page';
import NotFound from '@/app/not-found';
import ListingPage from '@/app/page';
import ProjectPage, { generateMetadata, generateStaticParams } from '@/app/projects/[slug]/page';
import { loadContent } from '@/lib/content/load';
import { LISTING_TITLE } from '@/lib/site';
import { FIXTURES, makeContentFixture } from '../helpers/content-fixture';
import { activeContentDirectory } from '@/lib/content/layout';

const params = (slug: string) => ({ params: Promise.resolve({ slug }) }) as PageProps<'/projects/[slug]'>;

/** Builds the pages from `folder`, on the fixtures' day unless `today` says otherwise. */
function useContentFolder(folder: () => string, today: string | undefined = '2025-06-15') {
  const saved = { ...process.env };
  beforeEach(() => {
    process.env.LIAISON_CONTENT_DIR = folder();
    if (today) process.env.LIAISON_TODAY = today;
    else delete process.env.LIAISON_TODAY;
  });
  afterEach(() => {
    process.env = { ...saved };
  });
}

describe('the pages, on the fixture site', () => {
  useContentFolder(() => path.join(FIXTURES, 'site', 'content'));

  it('lists every project as a card under the page title', async () => {
    render(await ListingPage());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Synergetic projects & liaison initiatives');
    expect(screen.getByText('these')).toBeInTheDocument();
    const cards = screen.getAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 2 }).textContent)).toEqual(['ALPHA', 'Beta']);
  });

  it('gives each project a page with breadcrumb, key facts, description and sources', async () => {
    render(await ProjectPage(params('alpha')));
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: LISTING_TITLE })).toHaveAttribute('href', '/');
    expect(within(breadcrumb).getByText('ALPHA')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('ALPHA');
    expect(screen.getByText('Alpha Mobility Project')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Key facts' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Results' })).toBeInTheDocument();
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getByRole('link')).toHaveAttribute('href', 'https://cordis.europa.eu/project/id/101000001');
    expect(within(sources).getByText('1 June 2025').closest('time')).toHaveAttribute('dateTime', '2025-06-01');
    expect(within(sources).getByText(/^Facts checked on/)).toHaveTextContent('Facts checked on 1 June 2025.');
  });

  it('builds a page for every project and nothing else', async () => {
    expect(await generateStaticParams()).toEqual([{ slug: 'alpha' }, { slug: 'beta' }]);
    await expect(ProjectPage(params('nope'))).rejects.toThrow('NEXT_HTTP_ERROR_FALLBACK;404');
  });

  it('describes each project page for search engines and link previews', async () => {
    // The canonical address, cards and feeds: tests/app/discovery.test.ts.
    expect(await generateMetadata(params('alpha'))).toMatchObject({
      title: 'ALPHA: Alpha Mobility Project',
      description: 'Alpha tests trams.',
    });
  });

  it('renders the accessibility statement with the date it was last reviewed', async () => {
    render(await AccessibilityPage());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Accessibility statement');
    expect(screen.getByRole('heading', { level: 2, name: 'Compliance status' })).toBeInTheDocument();
    expect(screen.getByText('1 June 2025').closest('time')).toHaveAttribute('dateTime', '2025-06-01');
  });

  it("gives the host's contact from site.md for feedback, as the model statement asks", async () => {
    const { host } = await loadContent({ contentDir: path.join(FIXTURES, 'site', 'content') });
    render(await AccessibilityPage());
    const feedback = screen.getByRole('region', { name: 'Feedback and contact information' });
    expect(within(feedback).getByRole('link', { name: host.contact })).toHaveAttribute('href', `mailto:${host.contact}`);
  });

  it('offers a way back from the not-found page', () => {
    render(<NotFound />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
    expect(screen.getByRole('link', { name: /Synergetic projects/ })).toHaveAttribute('href', '/');
  });
});

describe('adding a project', () => {
  let folder = '';
  useContentFolder(() => folder);

  beforeAll(async () => {
    const fixture = await makeContentFixture();
    await fixture.write(
      'content/projects/gamma.md',
      [
        '---',
        'title: GAMMA',
        'fullName: Gamma Cycling Network',
        'summary: Gamma links cycle lanes across borders.',
        'website: https://gamma.example.org/',
        'themes: [active-mobility]',
        'sources: [https://gamma.example.org/about]',
        'reviewed: 2025-06-01',
        'listed: 2025-06-01',
        '---',
        'Gamma is new.',
      ].join('\n'),
    );
    folder = fixture.contentDir;
  });

  it('takes one markdown file: a new card and a new page, no code change', async () => {
    render(await ListingPage());
    const card = screen.getByRole('article', { name: 'GAMMA' });
    expect(within(card).getByRole('link', { name: 'GAMMA' })).toHaveAttribute('href', '/projects/gamma/');
    expect(await generateStaticParams()).toContainEqual({ slug: 'gamma' });

    render(await ProjectPage(params('gamma')));
    expect(screen.getByRole('heading', { level: 1, name: 'GAMMA' })).toBeInTheDocument();
    expect(screen.getByText('Gamma is new.')).toBeInTheDocument();
  });
});

// The real content belongs to the editors: these tests read what to expect from it, so a
// pull request that adds, removes or corrects a valid project passes unchanged.
describe('the real content', () => {
  const contentDir = activeContentDirectory(path.resolve(import.meta.dirname, '..', '..'));
  // Built for the real today: the editors' review dates are real dates.
  useContentFolder(() => contentDir, undefined);
  const published = async () => (await loadContent({ contentDir })).projects;

  it('lists every published project, in order', async () => {
    const projects = await published();
    render(await ListingPage());
    const titles = screen.getAllByRole('article').map((card) => within(card).getByRole('heading').textContent);
    expect(titles).toEqual(projects.map((project) => project.title));
  });

  it('gives every published project a page with its names, sources and review date', async () => {
    for (const project of await published()) {
      const { unmount } = render(await ProjectPage(params(project.slug)));
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(project.title);
      if (project.fullName) expect(screen.getByText(project.fullName)).toBeInTheDocument();
      const sources = within(screen.getByRole('region', { name: 'Sources' }));
      expect(sources.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(project.sources);
      expect(sources.getByText(/^Facts checked on/).querySelector('time')).toHaveAttribute(
        'dateTime',
        project.reviewed.toISOString().slice(0, 10),
      );
      unmount();
    }
  });
});

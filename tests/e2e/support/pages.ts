import { loadContent } from '@/lib/content/load';
import { ROOT } from './servers';
import { activeContentDirectory } from '@/lib/content/layout';
import { projectPath } from '@/lib/routes';

/** A page to check, and the status it must answer with. */
export interface SitePage {
  path: string;
  status: 200 | 404;
}

/**
 * Every page the site has, from its content (the suite's own by default), plus addresses it must not have. With
 * LIAISON_CHANGED_PAGES (set by .github/workflows/content.yml to the pages a content pull
 * request changed), only those and the listing, which shows every project's card, for a
 * fast first answer; the full suite still checks every page.
 */
export async function sitePages(contentDir = activeContentDirectory(ROOT)): Promise<SitePage[]> {
  const changed = process.env.LIAISON_CHANGED_PAGES?.split(/\s+/).filter(Boolean);
  const pages = await allSitePages(contentDir);
  return changed && changed.length > 0 ? pages.filter((page) => page.path === '/' || changed.includes(page.path)) : pages;
}

async function allSitePages(contentDir: string): Promise<SitePage[]> {
  const { projects, themes } = await loadContent({ contentDir });
  // The themes index and one theme page with projects stand for all theme pages (each is
  // the same page with other cards); tests/e2e/explore.e2e.test.ts covers them in depth.
  const theme = themes.find((candidate) => projects.some((project) => project.themes.some(({ id }) => id === candidate.id)));
  return [
    { path: '/', status: 200 },
    ...projects.map((project) => ({ path: projectPath(project.slug), status: 200 as const })),
    { path: '/themes/', status: 200 },
    ...(theme ? [{ path: `/themes/${theme.id}/`, status: 200 as const }] : []),
    { path: '/accessibility/', status: 200 },
    { path: '/projects/nope/', status: 404 },
    { path: '/no-such-page/', status: 404 },
  ];
}

/** `/projects/upper/` → `projects-upper`, for screenshot file names. */
export function pageFileName(pagePath: string): string {
  return pagePath.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'home';
}

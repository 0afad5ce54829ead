// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { publicPages } from '@/lib/routes';
import { makeContentFixture } from '../helpers/content-fixture';

describe('publicPages', () => {
  it('lists the listing, every published project, the themes and the statement, dated by their content, never a draft', async () => {
    const fixture = await makeContentFixture();
    await fixture.write(
      'content/projects/delta.md',
      '---\ntitle: DELTA\nsummary: Not yet.\nwebsite: https://delta.example.org/\nsources: [https://delta.example.org/]\nreviewed: 2025-07-01\nlisted: 2025-07-01\ndraft: true\n---\nSoon.\n',
    );
    // As `next dev` loads it: the draft is there for editors, and still not public.
    const content = await loadContent({ contentDir: fixture.contentDir, includeDrafts: true });
    expect(content.projects.map((project) => project.slug)).toContain('delta');
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(publicPages(content)).toEqual([
      // The listing changes when a project on it does: beta, listed on 2025-06-01.
      { path: '/', lastModified: day('2025-06-01') },
      // Alpha was listed on 2025-05-01 and its facts checked on 2025-06-01: the later counts.
      { path: '/projects/alpha/', lastModified: day('2025-06-01') },
      { path: '/projects/beta/', lastModified: day('2025-06-01') },
      // The themes index and each theme's page, dated by their projects; a theme no project has yet, undated.
      { path: '/themes/', lastModified: day('2025-06-01') },
      ...content.themes.map((theme) => {
        const withTheme = content.projects.filter((project) => !project.draft && project.themes.some((tagged) => tagged.id === theme.id));
        const days = withTheme.flatMap((project) => [project.listed, project.reviewed]).map((date) => date.getTime());
        return { path: `/themes/${theme.id}/`, lastModified: days.length ? new Date(Math.max(...days)) : undefined };
      }),
      { path: '/accessibility/', lastModified: content.accessibility.reviewed },
    ]);
  });
});

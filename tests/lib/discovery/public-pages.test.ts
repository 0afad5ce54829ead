// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { publicPages } from '@/lib/discovery/public-pages';
import { makeContentFixture } from '../../helpers/content-fixture';

describe('publicPages', () => {
  it('lists the listing, every published project and the statement, dated by their content, never a draft', async () => {
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
      { path: '/accessibility/', lastModified: content.accessibility.reviewed },
    ]);
  });
});

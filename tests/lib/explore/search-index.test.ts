import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { buildSearchIndex, rowStatusDates } from '@/lib/explore/search-index';
import { parseDay } from '@/lib/day';
import { FIXTURES, makeContentFixture } from '../../helpers/content-fixture';

describe('buildSearchIndex', () => {
  it('holds every published project in listing order, with what the filter reads and a card shows', async () => {
    const fixture = await makeContentFixture(path.join(FIXTURES, 'explore'));
    const content = await loadContent({ contentDir: fixture.contentDir, today: new Date('2026-12-15T00:00:00Z') });
    const index = buildSearchIndex(content);
    expect(index.themes.map(([id]) => id)).toEqual(content.themes.map((theme) => theme.id));
    expect(index.projects.map((row) => row[0])).toEqual(content.projects.map((project) => project.slug));
    const gamma = index.projects.find((row) => row[0] === 'gamma')!;
    expect(gamma.slice(1, 7)).toEqual(['GAMMA', 'Île-de-France Tram Lab', 'Gamma will try new tram stops with residents.', '', 'https://gamma.example.org/', 'Gamma Régie Tallinn Estonia Oslo Norway']);
    expect(gamma[7].map((position) => index.themes[position]![0])).toEqual(['public-transport', 'active-mobility']);
    expect(rowStatusDates(gamma)).toEqual({ start: parseDay('2027-03-01'), end: parseDay('2029-12-31') });
    // A year or a month stands for its whole span: DELTA ran to the end of June 2025.
    expect(rowStatusDates(index.projects.find((row) => row[0] === 'delta')!)).toEqual({ start: parseDay('2022-01-01'), end: parseDay('2025-06-30') });
  });
});

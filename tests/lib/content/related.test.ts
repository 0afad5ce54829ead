import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { relatedProjects } from '@/lib/content/related';
import { hostOverview, sharedWithHost } from '@/lib/content/with-host';
import { FIXTURES, makeContentFixture } from '../../helpers/content-fixture';

async function content(extra: Record<string, string> = {}) {
  const fixture = await makeContentFixture(path.join(FIXTURES, 'explore'));
  for (const [file, text] of Object.entries(extra)) await fixture.write(file, text);
  return loadContent({ contentDir: fixture.contentDir });
}
const bySlug = (projects: Awaited<ReturnType<typeof content>>['projects'], slug: string) => projects.find((project) => project.slug === slug)!;

describe('relatedProjects', () => {
  it('ranks by shared themes, then shared cities, and says why', async () => {
    const { projects } = await content();
    const related = relatedProjects(bySlug(projects, 'gamma'), projects);
    expect(related.map(({ project, reason }) => [project.slug, reason])).toEqual([
      ['alpha', 'Shares 1 theme: Public transport; and 1 city: Oslo'],
      ['delta', 'Shares 1 theme: Walking and cycling'],
    ]);
    // Beta shares nothing with anyone: it relates to no project, and none to it.
    expect(relatedProjects(bySlug(projects, 'beta'), projects)).toEqual([]);
  });

  it('puts more shared themes first, and matches cities however they are capitalised, named as the gazetteer spells them', async () => {
    const epsilon = `---
title: EPSILON
summary: Epsilon.
website: https://epsilon.example.org/
cities: [{ name: TALLINN, country: EE, role: Pilot }]
themes: [active-mobility, public-transport]
sources: [https://epsilon.example.org/]
reviewed: 2025-06-01
listed: 2025-06-01
---
Epsilon.
`;
    const { projects } = await content({ 'content/projects/epsilon.md': epsilon });
    const related = relatedProjects(bySlug(projects, 'gamma'), projects);
    expect(related.map(({ project, reason }) => [project.slug, reason])).toEqual([
      ['epsilon', 'Shares 2 themes: Walking and cycling, Public transport; and 1 city: Tallinn'],
      ['alpha', 'Shares 1 theme: Public transport; and 1 city: Oslo'],
      ['delta', 'Shares 1 theme: Walking and cycling'],
    ]);
    expect(relatedProjects(bySlug(projects, 'gamma'), projects, 1)).toHaveLength(1);
  });
});

describe('what a project shares with the host', () => {
  it('finds the cities and themes a project shares with the host, in the host’s order', async () => {
    const { host, projects } = await content();
    const shared = sharedWithHost(bySlug(projects, 'gamma'), host);
    expect(shared.cities.map((city) => city.name)).toEqual(['Oslo', 'Tallinn']);
    expect(shared.themes.map((theme) => theme.id)).toEqual(['public-transport', 'active-mobility']);
    expect(sharedWithHost(bySlug(projects, 'beta'), host)).toEqual({ cities: [], themes: [] });
  });

  it('reads joint activities with their dates as precisely as written', async () => {
    const { projects } = await content();
    expect(bySlug(projects, 'gamma').synergies).toEqual([
      { title: 'Joint webinar on tram stops', date: { date: new Date('2026-05-01T00:00:00Z'), precision: 'month' }, url: 'https://gamma.example.org/webinar' },
      { title: 'Shared study visit', date: undefined },
    ]);
  });

  it('sums it up for the listing', async () => {
    const { host, projects } = await content();
    expect(hostOverview(host, projects)).toEqual({ projects: 3, cities: 2, themes: 2, synergies: 2 });
  });
});

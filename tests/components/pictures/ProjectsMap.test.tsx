import { render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProjectsMap } from '@/components/pictures/ProjectsMap';
import { mapPlaces } from '@/lib/pictures/map-places';
import { BUDGETS, gzipBytes } from '@/lib/static-export/budgets';
import { loadFixtureSite } from '../../helpers/fixture-projects';

describe('ProjectsMap', () => {
  it('is an image with a title and a description, with a named dot for every city', async () => {
    const { host, projects } = await loadFixtureSite();
    const { container } = render(<ProjectsMap host={host} projects={projects} />);
    const map = screen.getByRole('img', { name: `Map of Europe: the cities of the projects and of ${host.name}` });
    const places = mapPlaces(host, projects);
    expect(map).toHaveAccessibleDescription(new RegExp(`^${places.length} cities: `));
    const dots = container.querySelectorAll('svg[data-picture="map"] g[data-place]');
    expect([...dots].map((dot) => dot.querySelector('title')?.textContent)).toEqual(
      places.map((place) => `${place.name}, ${place.countryName}: ${place.roles.map(({ who, role }) => `${who} (${role})`).join(', ')}`),
    );
  });

  it('lists the same cities beside the map, grouped as the legend shows them', async () => {
    const { host, projects } = await loadFixtureSite();
    render(<ProjectsMap host={host} projects={projects} />);
    const places = mapPlaces(host, projects);
    const groups = {
      shared: `Shared by the projects and ${host.name}`,
      project: 'Cities of the projects',
      host: `Cities of ${host.name}`,
    } as const;
    let listed = 0;
    for (const [kind, heading] of Object.entries(groups)) {
      const members = places.filter((place) => place.kind === kind);
      if (members.length === 0) continue;
      const list = screen.getByRole('list', { name: `${heading} (${members.length})` });
      expect(within(list).getAllByRole('listitem').map((item) => item.textContent?.split(':')[0])).toEqual(
        members.map((place) => `${place.name}, ${place.countryName}`),
      );
      listed += members.length;
    }
    expect(listed).toBe(places.length);
    // The fixture has a city of both the host and a project, so the shared mark is tested.
    expect(places.some((place) => place.kind === 'shared')).toBe(true);
  });

  it("on a project's page, shows that project's cities and the host's", async () => {
    const { host, projects } = await loadFixtureSite();
    const project = projects.find((each) => each.cities.length > 0)!;
    render(<ProjectsMap host={host} projects={[project]} />);
    expect(screen.getByRole('img', { name: `Map of Europe: the cities of ${project.title} and of ${host.name}` })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Where it works' })).toBeInTheDocument();
  });

  it('draws nothing when neither the host nor the projects name a city', async () => {
    const { host, projects } = await loadFixtureSite();
    const { container } = render(<ProjectsMap host={{ ...host, cities: [] }} projects={projects.map((each) => ({ ...each, cities: [] }))} />);
    expect(container).toBeEmptyDOMElement();
  });

  it(`adds at most ${BUDGETS.map} B of gzipped HTML, even with 1000 projects in the same cities`, async () => {
    const { host, projects } = await loadFixtureSite();
    expect(gzipBytes(renderToStaticMarkup(<ProjectsMap host={host} projects={projects} />))).toBeLessThanOrEqual(BUDGETS.map);
    const many = Array.from({ length: 1000 }, (_, index) => ({ ...projects[0]!, slug: `p${index}`, title: `Project ${index}` }));
    expect(gzipBytes(renderToStaticMarkup(<ProjectsMap host={host} projects={many} />))).toBeLessThanOrEqual(BUDGETS.map);
  });
});

import { render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProjectsMap } from '@/components/pictures/ProjectsMap';
import { mapPlaces, placeDescription } from '@/lib/pictures/map-places';
import { BUDGETS, gzipBytes } from '@/lib/static-export/budgets';
import { loadFixtureSite } from '../../helpers/fixture-projects';

describe('ProjectsMap', () => {
  it('is a named, described picture, with a named dot for every city', async () => {
    const { host, projects } = await loadFixtureSite();
    const { container } = render(<ProjectsMap host={host} projects={projects} />);
    const map = screen.getByRole('group', { name: `Map of Europe: the cities of the projects and of ${host.name}` });
    const places = mapPlaces(host, projects);
    expect(map).toHaveAccessibleDescription(new RegExp(`^${places.length} cities: `));
    // Each dot is named: by its label on the map, or, where none fits, by its title.
    const svg = container.querySelector('svg[data-picture="map"]')!;
    const labels = [...svg.querySelectorAll('g[aria-hidden="true"] text')].map((text) => text.textContent);
    const names = places.map((place) => {
      const dot = svg.querySelector(`[data-place="${place.name}"]`)!;
      return dot.querySelector('title')?.textContent ?? (labels.includes(place.name) ? `${place.name} (label)` : undefined);
    });
    expect(names).toEqual(places.map((place) => (labels.includes(place.name) ? `${place.name} (label)` : placeDescription(place))));
    expect(names.every((name) => name !== undefined)).toBe(true);
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
    expect(screen.getByRole('group', { name: `Map of Europe: the cities of ${project.title} and of ${host.name}` })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Where it works' })).toBeInTheDocument();
  });

  it('makes a dot whose label was left out a named link to its line in the list, with its label shown on focus (issue 21)', async () => {
    const { host, projects } = await loadFixtureSite();
    // Six cities a few kilometres apart: a label each to the right, left, above and below
    // of the first ones leaves no room for the others'.
    const names = ['Antwerp', 'Mortsel', 'Edegem', 'Boechout', 'Kontich', 'Lint'];
    const cities = names.map((name, index) => ({ name, country: 'BE', countryName: 'Belgium', role: 'Living Lab', position: { latitude: 51.2 - index * 0.01, longitude: 4.4 } }));
    const { container } = render(<ProjectsMap host={{ ...host, cities: [] }} projects={projects.map((project) => ({ ...project, cities }))} />);
    const links = screen.getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThan(names.length);
    const link = links[0]!;
    const name = link.getAttribute('data-place')!;
    expect(names).toContain(name);
    expect(link).toHaveAccessibleName(new RegExp(`^${name}, Belgium: `));
    const target = container.querySelector(link.getAttribute('href')!);
    expect(target?.tagName).toBe('LI');
    expect(target?.textContent).toMatch(new RegExp(`^${name}, Belgium`));
    const label = link.querySelector('text')!;
    expect(label.textContent).toBe(name);
    expect(label.getAttribute('class')).toMatch(/\bhidden\b.*group-focus-visible:inline/);
    // A labelled dot is named by its label, and hidden from screen readers, who get the list.
    const labelled = names.filter((each) => !links.some((other) => other.getAttribute('data-place') === each));
    const other = container.querySelector(`[data-place="${labelled[0]}"]`)!;
    expect(other.closest('[aria-hidden="true"]')).not.toBeNull();
    expect([...container.querySelectorAll('svg text')].map((text) => text.textContent)).toContain(labelled[0]);
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

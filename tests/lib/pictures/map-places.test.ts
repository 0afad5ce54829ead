// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { City } from '@/lib/content';
import { europeBaseMap } from '@/lib/pictures/map';
import { DOT_SIZE, layoutDots, mapPlaces, MAX_NAMED, placeDescription, rolesText, type MapDot } from '@/lib/pictures/map-places';
import { labelWidth } from '@/lib/pictures/text';
import { loadFixtureSite } from '../../helpers/fixture-projects';

const city = (name: string, country: string, role: string, latitude: number, longitude: number): City => ({
  name,
  country,
  countryName: country,
  role,
  position: { latitude, longitude },
});

describe('mapPlaces', () => {
  it('gives each city one place, shared when both the host and a project work there', async () => {
    const { host, projects } = await loadFixtureSite();
    const places = mapPlaces(host, projects);
    const all = [...host.cities, ...projects.flatMap((project) => project.cities)];
    expect(places).toHaveLength(new Set(all.map((each) => `${each.name}|${each.country}`)).size);
    for (const place of places) {
      const ofHost = host.cities.some((each) => each.name === place.name);
      const project = projects.some((each) => each.cities.some((other) => other.name === place.name));
      expect(place.kind, place.name).toBe(ofHost && project ? 'shared' : ofHost ? 'host' : 'project');
    }
    expect(places.map((place) => place.name)).toEqual([...places.map((place) => place.name)].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('names who works in a place and in which role', () => {
    const host = { name: 'HOST', cities: [city('Oslo', 'NO', 'Lead city', 59.91, 10.75)] };
    const [oslo] = mapPlaces(host, [{ title: 'Alpha', cities: [city('Oslo', 'NO', 'Living Lab', 59.91, 10.75)] }]);
    expect(oslo?.kind).toBe('shared');
    expect(placeDescription(oslo!)).toBe('Oslo, NO: HOST (Lead city), Alpha (Living Lab)');
  });

  it('draws a city written with other accents or capitals as one shared dot', () => {
    const host = { name: 'HOST', cities: [city('Žilina', 'SK', 'Lead city', 49.22, 18.74)] };
    const places = mapPlaces(host, [{ title: 'Alpha', cities: [city('ZILINA', 'SK', 'Living Lab', 49.22, 18.74)] }]);
    expect(places.map((place) => [place.name, place.kind])).toEqual([['Žilina', 'shared']]);
  });

  it(`names at most ${MAX_NAMED} in one place and counts the rest`, () => {
    const roles = Array.from({ length: MAX_NAMED + 3 }, (_, index) => ({ who: `P${index}`, role: 'Living Lab' }));
    const named = roles.slice(0, MAX_NAMED).map(({ who }) => `${who} (Living Lab)`);
    expect(rolesText(roles)).toBe(`${named.join(', ')} and 3 more`);
    expect(rolesText(roles.slice(0, MAX_NAMED))).toBe(named.join(', '));
    expect(rolesText(roles.slice(0, 2), false)).toBe('Living Lab, Living Lab');
  });

  it('refuses a city without a position rather than leave it off the map', () => {
    const lost = { ...city('Atlantis', 'GR', 'Living Lab', 0, 0), position: undefined };
    expect(() => mapPlaces({ name: 'HOST', cities: [] }, [{ title: 'Alpha', cities: [lost] }])).toThrow(/Atlantis, GR has no position/);
  });
});

/** The box a label takes, with the estimate the layout uses. */
function labelBox(dot: MapDot) {
  const { label } = dot;
  const width = labelWidth(dot.name, DOT_SIZE.labelSize);
  const left = label!.anchor === 'start' ? label!.x : label!.anchor === 'end' ? label!.x - width : label!.x - width / 2;
  return { left, right: left + width, top: label!.y - DOT_SIZE.labelSize * 0.7, bottom: label!.y + DOT_SIZE.labelSize * 0.7 };
}

describe('layoutDots', () => {
  // Cities close together, so that some labels cannot fit: Brussels, Leuven, Antwerp, Mechelen.
  const crowded = mapPlaces({ name: 'HOST', cities: [city('Brussels', 'BE', 'Lead city', 50.85, 4.35)] }, [
    {
      title: 'Alpha',
      cities: [
        city('Leuven', 'BE', 'Living Lab', 50.88, 4.7),
        city('Antwerp', 'BE', 'Living Lab', 51.22, 4.4),
        city('Mechelen', 'BE', 'Living Lab', 51.03, 4.48),
        city('Valencia', 'ES', 'Living Lab', 39.47, -0.38),
      ],
    },
  ]);

  it('labels only where a label fits: inside the map, clear of every other label and dot', () => {
    const size = europeBaseMap();
    const dots = layoutDots(crowded, size);
    const labelled = dots.filter((dot) => dot.label);
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.length).toBeLessThan(dots.length);
    const boxes = labelled.map(labelBox);
    boxes.forEach((box, index) => {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(size.width);
      boxes.forEach((other, otherIndex) => {
        if (otherIndex === index) return;
        const overlap = box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
        expect(overlap, `${labelled[index]!.name} and ${labelled[otherIndex]!.name}`).toBe(false);
      });
      for (const dot of dots) {
        const r = DOT_SIZE.radius;
        const hits = dot.x + r > box.left && dot.x - r < box.right && dot.y + r > box.top && dot.y - r < box.bottom;
        expect(hits, `${labelled[index]!.name}'s label over ${dot.name}'s dot`).toBe(false);
      }
    });
    // The host's city is labelled first; a lone city always gets its label.
    expect(dots.find((dot) => dot.name === 'Brussels')?.label).toBeDefined();
    expect(dots.find((dot) => dot.name === 'Valencia')?.label).toBeDefined();
  });

  it('places the same labels every time, whatever the order of the cities', () => {
    const size = europeBaseMap();
    expect(layoutDots([...crowded].reverse(), size).sort((a, b) => a.name.localeCompare(b.name))).toEqual(layoutDots(crowded, size));
  });
});

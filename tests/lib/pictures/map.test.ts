// @vitest-environment node
import { geoContains, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { City } from '@/lib/content';
import { countryShapes, europeBaseMap, mapProjection, projectPosition } from '@/lib/pictures/map';
import { gzipBytes } from '@/lib/static-export/budgets';
import { loadFixtureSite } from '../../helpers/fixture-projects';

/** Every city of the fixture site (the host's and the projects'), each with its position. */
async function fixtureCities(): Promise<City[]> {
  const { host, projects } = await loadFixtureSite();
  return [...host.cities, ...projects.flatMap((project) => project.cities)];
}

/** A country's outline as the map draws it: rings of viewBox points. */
function projectedRings(shape: Parameters<ReturnType<typeof geoPath>>[0]): Array<Array<[number, number]>> {
  const rings: Array<Array<[number, number]>> = [];
  const context = {
    moveTo: (x: number, y: number) => void rings.push([[x, y]]),
    lineTo: (x: number, y: number) => void rings.at(-1)?.push([x, y]),
    closePath: () => undefined,
    arc: () => undefined,
  };
  geoPath(mapProjection(), context as unknown as CanvasRenderingContext2D)(shape);
  return rings;
}

/** Even-odd ray casting: inside when a ray from the point crosses the outline an odd number of times. */
function insideRings(rings: Array<Array<[number, number]>>, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const shapeOf = (countryName: string) => countryShapes().find((shape) => shape.properties.name === countryName);

describe('the map projection', () => {
  it('places each city of the content inside its own country, on the globe and on the drawn map', async () => {
    const cities = await fixtureCities();
    expect(cities.length).toBeGreaterThan(0);
    for (const city of cities) {
      const shape = shapeOf(city.countryName);
      expect(shape, `${city.countryName} is a country of the atlas`).toBeDefined();
      const point: [number, number] = [city.position!.longitude, city.position!.latitude];
      expect(geoContains(shape!, point), `${city.name} on the globe`).toBe(true);
      expect(insideRings(projectedRings(shape!), projectPosition(city.position!)), `${city.name} on the map`).toBe(true);
    }
  });

  it('does not place a city in another country', async () => {
    const [oslo] = (await fixtureCities()).filter((city) => city.name === 'Oslo');
    const spain = shapeOf('Spain')!;
    expect(geoContains(spain, [oslo!.position!.longitude, oslo!.position!.latitude])).toBe(false);
    expect(insideRings(projectedRings(spain), projectPosition(oslo!.position!))).toBe(false);
  });

  it('keeps every place the gazetteer accepts inside the picture, from the Canaries to the North Cape', () => {
    const { width, height } = europeBaseMap();
    const corners = [
      [27, -19],
      [27, 35],
      [71.5, -19],
      [71.5, 35],
    ] as const;
    for (const [latitude, longitude] of corners) {
      const [x, y] = projectPosition({ latitude, longitude });
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  });
});

describe('the base map', () => {
  it('draws land and borders in whole viewBox units, clipped to the picture', () => {
    const { width, height, land, borders } = europeBaseMap();
    for (const path of [land, borders]) {
      const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(numbers.length).toBeGreaterThan(1000);
      expect(numbers.every(Number.isInteger)).toBe(true);
    }
    const xs = land.match(/-?\d+/g)!.map(Number);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(Math.max(width, height));
  });

  it('is simplified well within its share of the 40 KB budget', () => {
    const { land, borders } = europeBaseMap();
    expect(gzipBytes(`<path d="${land}"/><path d="${borders}"/>`)).toBeLessThan(20 * 1024);
  });
});

import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EU_EMBLEM_GEOMETRY, EuEmblem } from '@/components/EuEmblem';

type Point = [number, number];

/**
 * The stars of an SVG path in absolute coordinates, one list of corners per star: reads
 * M/L (absolute) and m/l (relative) steps and z, the commands the emblem's paths use.
 */
function starsOf(d: string): Point[][] {
  const stars: Point[][] = [];
  let pen: Point = [0, 0];
  let start: Point = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLmlZz])([^MLmlZz]*)/g)) {
    const numbers = (args ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (command === 'z' || command === 'Z') {
      pen = start;
      continue;
    }
    const relative = command === 'm' || command === 'l';
    for (let index = 0; index < numbers.length; index += 2) {
      const step: Point = [numbers[index]!, numbers[index + 1]!];
      pen = relative ? [pen[0] + step[0], pen[1] + step[1]] : step;
      if ((command === 'M' || command === 'm') && index === 0) {
        start = pen;
        stars.push([pen]);
      } else {
        stars.at(-1)!.push(pen);
      }
    }
  }
  return stars;
}

/** Checks a drawing against the emblem's official geometry, not against a copy of itself. */
function expectOfficialGeometry(width: number, height: number, stars: Point[][]) {
  expect(width / height).toBeCloseTo(1.5);
  expect(stars).toHaveLength(12);
  const centres = stars.map((points) => {
    expect(points).toHaveLength(10);
    const cx = points.reduce((sum, [x]) => sum + x, 0) / points.length;
    const cy = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
    // On a circle of a third of the height; outer points on a circle of one eighteenth of
    // the height; upright: the first points straight up.
    expect(Math.hypot(cx - width / 2, cy - height / 2)).toBeCloseTo(height / 3, 0);
    const outer = points.filter((_, index) => index % 2 === 0);
    for (const [x, y] of outer) expect(Math.hypot(x - cx, y - cy)).toBeCloseTo(height / 18, 1);
    expect(outer[0]![0]).toBeCloseTo(cx, 1);
    expect(outer[0]![1]).toBeLessThan(cy);
    return [cx, cy] as Point;
  });
  // At the hours of a clock.
  const angles = centres.map(([cx, cy]) => ((Math.atan2(cx - width / 2, height / 2 - cy) * 180) / Math.PI + 360) % 360).sort((a, b) => a - b);
  angles.forEach((angle, hour) => expect(angle).toBeCloseTo(hour * 30, 1));
}

describe('EuEmblem', () => {
  it('is a named image drawn in the page: no file to fetch before it shows', () => {
    const { container } = render(<EuEmblem />);
    const emblem = screen.getByRole('img', { name: 'Emblem of the European Union' });
    expect(emblem.getAttribute('viewBox')).toBe(`0 0 ${EU_EMBLEM_GEOMETRY.width} ${EU_EMBLEM_GEOMETRY.height}`);
    expect(container.querySelector('use, image')).toBeNull();
  });

  it('is a 3:2 Reflex Blue rectangle with twelve upright gold stars at the hours of a clock', () => {
    const { container } = render(<EuEmblem />);
    const [, , width, height] = container.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    expect(container.querySelector('rect')?.getAttribute('fill')).toBe('#003399');
    expect(container.querySelector('rect')?.getAttribute('width')).toBe(String(width));
    const path = container.querySelector('path')!;
    expect(path.getAttribute('fill')).toBe('#FFCC00');
    expectOfficialGeometry(width, height, starsOf(path.getAttribute('d')!));
  });

  it('gives the social cards the same drawing', () => {
    const { width, height, stars } = EU_EMBLEM_GEOMETRY;
    expectOfficialGeometry(width, height, starsOf(stars));
    const { container } = render(<EuEmblem />);
    const inPage = starsOf(container.querySelector('path')!.getAttribute('d')!);
    starsOf(stars).forEach((points, star) => points.forEach(([x, y], corner) => {
      expect(inPage[star]![corner]![0]).toBeCloseTo(x, 1);
      expect(inPage[star]![corner]![1]).toBeCloseTo(y, 1);
    }));
  });
});

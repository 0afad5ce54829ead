import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EU_EMBLEM_PATH, EuEmblem, euEmblemSvg } from '@/components/EuEmblem';

/** Checks the drawing (the file pages draw it from) against the emblem's official geometry, not against a copy of itself. */
describe('EuEmblem', () => {
  const svg = new DOMParser().parseFromString(euEmblemSvg(), 'image/svg+xml').documentElement;
  const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  const stars = svg
    .querySelector('path')!
    .getAttribute('d')!
    .split('M')
    .filter(Boolean)
    .map((star) =>
      star
        .replace('Z', '')
        .split('L')
        .map((point) => point.split(',').map(Number) as [number, number]),
    );

  it('is a named image drawn from its one file, in the same frame', () => {
    const { container } = render(<EuEmblem />);
    const emblem = screen.getByRole('img', { name: 'Emblem of the European Union' });
    expect(emblem.getAttribute('viewBox')).toBe(svg.getAttribute('viewBox'));
    const use = container.querySelector('use')!;
    const [file, id] = use.getAttribute('href')!.split('#');
    expect(file).toBe(EU_EMBLEM_PATH);
    expect(svg.querySelector(`#${id}`)?.querySelector('rect')).not.toBeNull();
  });

  it('is a 3:2 Reflex Blue rectangle with gold stars', () => {
    expect(width / height).toBeCloseTo(1.5);
    expect(svg.querySelector('rect')?.getAttribute('fill')).toBe('#003399');
    expect(svg.querySelector('path')?.getAttribute('fill')).toBe('#FFCC00');
  });

  it('has twelve upright five-pointed stars on a circle of a third of the height', () => {
    expect(stars).toHaveLength(12);
    for (const points of stars) {
      expect(points).toHaveLength(10);
      const cx = points.reduce((sum, [x]) => sum + x, 0) / points.length;
      const cy = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
      expect(Math.hypot(cx - width / 2, cy - height / 2)).toBeCloseTo(height / 3, 0);
      // Outer points on a circle of one eighteenth of the height; the first points straight up.
      const outer = points.filter((_, index) => index % 2 === 0);
      for (const [x, y] of outer) expect(Math.hypot(x - cx, y - cy)).toBeCloseTo(height / 18, 1);
      expect(outer[0]![0]).toBeCloseTo(cx, 1);
      expect(outer[0]![1]).toBeLessThan(cy);
    }
  });

  it('places the stars at the hours of a clock', () => {
    const angles = stars
      .map((points) => {
        const cx = points.reduce((sum, [x]) => sum + x, 0) / points.length;
        const cy = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
        return ((Math.atan2(cx - width / 2, height / 2 - cy) * 180) / Math.PI + 360) % 360;
      })
      .sort((a, b) => a - b);
    angles.forEach((angle, hour) => expect(angle).toBeCloseTo(hour * 30, 1));
  });
});

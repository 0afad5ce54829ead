import { render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProjectsTimeline } from '@/components/pictures/ProjectsTimeline';
import type { Project } from '@/lib/content';
import { BUDGETS, gzipBytes } from '@/lib/static-export/budgets';
import { loadFixtureSite } from '../../helpers/fixture-projects';

const today = new Date('2025-06-15T00:00:00Z');

/** The fixture's projects plus one without dates, so every kind of row is drawn. */
async function projectsOfEveryKind(): Promise<Project[]> {
  const { projects } = await loadFixtureSite();
  return [...projects, { ...projects[0]!, slug: 'undated', title: 'Undated', start: undefined, end: undefined }];
}

describe('ProjectsTimeline', () => {
  it('carries its axis and today marker as machine-readable dates for the status module', async () => {
    const { container } = render(<ProjectsTimeline projects={await projectsOfEveryKind()} today={today} />);
    const svg = container.querySelector('svg[data-picture="timeline"]')!;
    expect(svg.getAttribute('data-axis-start')).toMatch(/^\d{4}-01-01$/);
    expect(svg.getAttribute('data-axis-end')).toMatch(/^\d{4}-01-01$/);
    expect(svg.querySelector('[data-today-marker]')?.getAttribute('data-today-marker')).toBe('2025-06-15');
  });

  it('draws a bar for each dated project, open-ended where no end is given, and lists the undated apart', async () => {
    const projects = await projectsOfEveryKind();
    const { container } = render(<ProjectsTimeline projects={projects} today={today} />);
    const bars = [...container.querySelectorAll('[data-bar]')];
    const dated = projects.filter((project) => project.start || project.end);
    expect(bars.map((bar) => bar.getAttribute('data-bar'))).toEqual(dated.map((project) => project.title));
    for (const [index, project] of dated.entries()) {
      expect(bars[index]!.querySelector('[data-open="end"]') !== null, project.title).toBe(!project.end);
    }
    expect(screen.getByText('Dates not known yet: Undated.')).toBeInTheDocument();
  });

  it('is an image with a title and a description, and has the same facts as text', async () => {
    const projects = await projectsOfEveryKind();
    render(<ProjectsTimeline projects={projects} today={today} />);
    const picture = screen.getByRole('img', { name: /^Timeline of the projects, \d{4} to \d{4}$/ });
    expect(picture).toHaveAccessibleDescription(/The marked day is 15 June 2025\.$/);
    const text = screen.getByText('The timeline as text').closest('details')!;
    const dated = projects.filter((project) => project.start || project.end);
    expect(within(text).getAllByRole('listitem').map((item) => item.textContent?.split(':')[0])).toEqual(dated.map((project) => project.title));
  });

  it('names the whole span of the dated projects, and draws the today marker beneath every label (issue 21)', async () => {
    const [first, second] = (await loadFixtureSite()).projects;
    const since2002 = { ...first!, slug: 'since-2002', title: 'Since 2002', start: { date: new Date(Date.UTC(2002, 0, 1)), precision: 'year' as const }, end: undefined };
    const { container } = render(<ProjectsTimeline projects={[since2002, second!]} today={today} />);
    expect(screen.getByRole('img', { name: 'Timeline of the projects, 2002 to 2025' })).toBeInTheDocument();
    const years = [...container.querySelectorAll('svg text')].map((text) => text.textContent);
    expect(years).toContain('2002');
    // Document order is drawing order: the marker first, then each label on its opaque plate.
    const marker = container.querySelector('[data-today-marker]')!;
    const labels = [...container.querySelectorAll('[data-label]')];
    expect(labels.map((label) => label.getAttribute('data-label'))).toEqual(['Since 2002', second!.title]);
    for (const label of labels) {
      expect(marker.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(label.firstElementChild?.tagName).toBe('rect');
      expect(label.firstElementChild?.getAttribute('class')).toContain('fill-surface');
    }
  });

  it(`adds at most ${BUDGETS.timeline} B of gzipped HTML with three projects, and stays within it at 1000`, async () => {
    const projects = await projectsOfEveryKind();
    expect(projects).toHaveLength(3);
    expect(gzipBytes(renderToStaticMarkup(<ProjectsTimeline projects={projects} today={today} />))).toBeLessThanOrEqual(BUDGETS.timeline);
    const many = Array.from({ length: 1000 }, (_, index) => ({ ...projects[index % 2]!, slug: `p${index}`, title: `Project ${index}` }));
    expect(gzipBytes(renderToStaticMarkup(<ProjectsTimeline projects={many} today={today} />))).toBeLessThanOrEqual(BUDGETS.timeline);
  });
});

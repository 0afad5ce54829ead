import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProjectCard } from '@/components/ProjectCard';
import { loadFixtureSite } from '../helpers/fixture-projects';

describe('ProjectCard', () => {
  it('links the title to the project page and "More information" to the official site', async () => {
    const { projects } = await loadFixtureSite();
    render(<ProjectCard project={projects[0]!} />);
    const card = screen.getByRole('article', { name: 'ALPHA' });
    const title = within(card).getByRole('heading', { level: 2, name: 'ALPHA' });
    expect(within(title).getByRole('link')).toHaveAttribute('href', '/projects/alpha/');
    const more = within(card).getByRole('link', { name: 'More information about ALPHA (external site)' });
    expect(more).toHaveAttribute('href', 'https://alpha.example.org/');
    expect(more).toHaveAttribute('rel', 'external noopener noreferrer');
    expect(more).not.toHaveAttribute('target');
  });

  it('shows the full name, the summary and a line of facts', async () => {
    const { projects } = await loadFixtureSite();
    render(<ProjectCard project={projects[0]!} />);
    expect(screen.getByText('Alpha Mobility Project')).toBeInTheDocument();
    expect(screen.getByText('Alpha tests trams.')).toBeInTheDocument();
    const facts = Object.fromEntries(
      screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(facts).toEqual({
      'Programme:': 'Horizon Europe',
      'Status:': 'Ongoing',
      'Themes:': 'Public transport, Climate-neutral cities',
    });
  });

  it('leaves out facts a project does not have, and marks drafts', async () => {
    const { projects } = await loadFixtureSite();
    render(<ProjectCard project={{ ...projects[1]!, draft: true }} />);
    expect(screen.queryByRole('term')).not.toBeInTheDocument();
    expect(screen.getByText('Draft: not published')).toBeInTheDocument();
  });

  it('shows the logo as decoration beside the title', async () => {
    const { projects } = await loadFixtureSite();
    const { container } = render(<ProjectCard project={projects[0]!} />);
    const logo = container.querySelector('img');
    expect(logo).toHaveAttribute('alt', '');
    expect(logo?.getAttribute('src')).toContain('alpha.svg');
  });
});

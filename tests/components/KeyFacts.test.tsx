import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyFacts } from '@/components/KeyFacts';
import { loadFixtureSite } from '../helpers/fixture-projects';

describe('KeyFacts', () => {
  it('lists the facts, links the grant to CORDIS and groups cities by role', async () => {
    const { projects } = await loadFixtureSite();
    render(<KeyFacts project={projects[0]!} />);
    const panel = screen.getByRole('region', { name: 'Key facts' });
    const value = (term: string) => within(panel).getByText(term).nextElementSibling;

    expect(value('Programme')).toHaveTextContent('Horizon Europe');
    expect(within(value('Grant agreement') as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      'https://cordis.europa.eu/project/id/101000001',
    );
    expect(value('Dates')).toHaveTextContent('January 2023 – December 2026');
    expect(value('Status')).toHaveTextContent('Ongoing');
    expect(value('Coordinator')).toHaveTextContent('Alpha Association');
    const livingLabs = within(value('Living Lab (2)') as HTMLElement).getAllByRole('listitem');
    expect(livingLabs.map((item) => item.textContent)).toEqual(['Valencia, Spain', 'Oslo, Norway']);
    expect(value('Twinning city (1)')).toHaveTextContent('Leuven, Belgium');
    expect(value('Official website')).toHaveTextContent('alpha.example.org');
  });

  it('says when a project started if it has no end date, as precisely as known', async () => {
    const { projects } = await loadFixtureSite();
    render(<KeyFacts project={projects[1]!} />);
    expect(screen.getByText('Dates').nextElementSibling).toHaveTextContent('Started October 2021');
    expect(screen.queryByText('Status')).not.toBeInTheDocument();
    expect(screen.getByText('October 2021').closest('time')).toHaveAttribute('dateTime', '2021-10');
  });
});

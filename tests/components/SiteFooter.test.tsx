import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SiteFooter } from '@/components/SiteFooter';
import { loadFixtureSite } from '../helpers/fixture-projects';

describe('SiteFooter', () => {
  it('carries the emblem with the funding line, the grant number and the exact disclaimer', async () => {
    const { host } = await loadFixtureSite();
    render(<SiteFooter host={host} />);
    const emblem = screen.getByRole('img', { name: 'Emblem of the European Union' });
    // The emblem and the words stand together, never apart.
    expect(emblem.parentElement).toHaveTextContent(/^Funded by the European Union$/);
    expect(screen.getByText(/under grant agreement No 123456789\./)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or CINEA. Neither the European Union nor the granting authority can be held responsible for them.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute('href', '/accessibility/');
  });
});

describe('SiteFooter contact', () => {
  it("links the host's contact from site.md: an e-mail address as itself", async () => {
    const { host } = await loadFixtureSite();
    render(<SiteFooter host={host} />);
    expect(screen.getByRole('link', { name: host.contact })).toHaveAttribute('href', `mailto:${host.contact}`);
  });

  it('a contact page by its address, marked as another site', async () => {
    const { host } = await loadFixtureSite();
    render(<SiteFooter host={{ ...host, contact: 'https://host.example.org/contact', contactHref: 'https://host.example.org/contact' }} />);
    expect(screen.getByRole('link', { name: 'host.example.org/contact (external site)' })).toHaveAttribute('href', 'https://host.example.org/contact');
  });
});

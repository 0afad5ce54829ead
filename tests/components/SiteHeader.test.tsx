import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SiteHeader } from '@/components/SiteHeader';
import { hostStylesheet } from '@/lib/host-style';
import { loadFixtureSite } from '../helpers/fixture-projects';

describe('SiteHeader', () => {
  it('names the host in the page colours when it has no colour or logo of its own', async () => {
    const { host } = await loadFixtureSite();
    const { container } = render(<SiteHeader host={host} />);
    expect(screen.getByText(host.name)).not.toHaveClass('text-host');
    expect(container.querySelector('header')).not.toHaveClass('border-t-host');
    expect(container.querySelector('img')).toBeNull();
    expect(hostStylesheet(host)).not.toContain('--color-host');
  });

  it('writes the name in the host colour under a band of it, with the logo as decoration', async () => {
    const { host } = await loadFixtureSite();
    const { container } = render(<SiteHeader host={{ ...host, colour: '#1a7f37', logo: '/logos/host.svg' }} />);
    expect(screen.getByText(host.name)).toHaveClass('text-host');
    expect(container.querySelector('header')).toHaveClass('border-t-host');
    const logo = container.querySelector('img');
    expect(logo).toHaveAttribute('src', '/logos/host.svg');
    expect(logo).toHaveAttribute('alt', '');
    expect(hostStylesheet({ colour: '#1a7f37' })).toBe(':root{--color-host:#1a7f37}\n');
  });
});

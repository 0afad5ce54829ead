import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Pagination } from '@/components/Pagination';
import { listingPagePath } from '@/lib/routes';

describe('Pagination', () => {
  it('links the previous and next pages, the first, the last and those near, and marks the current one', () => {
    render(<Pagination page={5} count={42} pathOf={listingPagePath} label="Listing pages" />);
    const nav = screen.getByRole('navigation', { name: 'Listing pages' });
    const links = within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('rel')]);
    expect(links).toEqual([
      ['Previous page', '/page/4/', 'prev'],
      ['Page 1', '/', null],
      ['Page 3', '/page/3/', null],
      ['Page 4', '/page/4/', null],
      ['Page 6', '/page/6/', null],
      ['Page 7', '/page/7/', null],
      ['Page 42', '/page/42/', null],
      ['Next page', '/page/6/', 'next'],
    ]);
    expect(within(nav).getByText('5').closest('[aria-current="page"]')).toHaveTextContent('Page 5');
  });

  it('has no previous link on the first page, no next link on the last, and nothing for one page', () => {
    const { rerender } = render(<Pagination page={1} count={2} pathOf={listingPagePath} label="Listing pages" />);
    expect(screen.queryByRole('link', { name: 'Previous page' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/page/2/');
    rerender(<Pagination page={2} count={2} pathOf={listingPagePath} label="Listing pages" />);
    expect(screen.queryByRole('link', { name: 'Next page' })).not.toBeInTheDocument();
    rerender(<Pagination page={1} count={1} pathOf={listingPagePath} label="Listing pages" />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});

import { describe, expect, it } from 'vitest';
import { LISTING_PAGE_SIZE, listingPageCount, listingPageProjects } from '@/lib/content/listing';
import { contentPages, listingPagePath } from '@/lib/routes';
import type { Project } from '@/lib/content/types';

describe('the listing’s pages', () => {
  it('has one page for up to a page of projects, then one more per page started', () => {
    expect(listingPageCount(0)).toBe(1);
    expect(listingPageCount(LISTING_PAGE_SIZE)).toBe(1);
    expect(listingPageCount(LISTING_PAGE_SIZE + 1)).toBe(2);
    expect(listingPageCount(1000)).toBe(Math.ceil(1000 / LISTING_PAGE_SIZE));
  });

  it('puts page 1 at / and the others at /page/N/, each with its slice of projects', () => {
    expect([1, 2, 42].map(listingPagePath)).toEqual(['/', '/page/2/', '/page/42/']);
    const projects = Array.from({ length: LISTING_PAGE_SIZE + 2 }, (_, index) => ({ slug: `p${index}` }) as Project);
    expect(listingPageProjects(projects, 2).map((project) => project.slug)).toEqual([`p${LISTING_PAGE_SIZE}`, `p${LISTING_PAGE_SIZE + 1}`]);
  });

  it('lists every address besides the project pages, for the internal-link check', () => {
    const trams = { id: 'trams', label: 'Trams', description: 'Trams.' };
    const bikes = { id: 'bikes', label: 'Bikes', description: 'Bikes.' };
    const projects = Array.from({ length: LISTING_PAGE_SIZE * 2 + 1 }, (_, index) => ({ slug: `p${index}`, themes: index <= LISTING_PAGE_SIZE ? [trams] : [] }) as unknown as Project);
    expect(contentPages([trams, bikes], projects)).toEqual([
      '/', '/accessibility/', '/themes/', '/themes/trams/', '/themes/trams/page/2/', '/themes/bikes/', '/page/2/', '/page/3/',
    ]);
  });
});

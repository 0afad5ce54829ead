import Link from 'next/link';

/**
 * Links between the listing's pages, working without JavaScript: previous and next, the
 * first and last pages, and the pages near this one (a long run of pages is shortened
 * with an ellipsis). The current page is marked for screen readers. `pathOf` gives a
 * page's address: the listing's, or a theme's.
 */
export function Pagination({ page, count, pathOf, label }: { page: number; count: number; pathOf: (page: number) => string; label: string }) {
  if (count <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return (
    <nav aria-label={label} className="no-print mt-10">
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {page > 1 ? (
          <li>
            <Link href={pathOf(page - 1)} rel="prev">
              Previous page
            </Link>
          </li>
        ) : null}
        {shown.map((number, index) => (
          <li key={number} className="flex gap-x-4">
            {index > 0 && number - shown[index - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {number === page ? (
              <span aria-current="page" className="font-bold">
                <span className="sr-only">Page </span>
                {number}
              </span>
            ) : (
              <Link href={pathOf(number)}>
                <span className="sr-only">Page </span>
                {number}
              </Link>
            )}
          </li>
        ))}
        {page < count ? (
          <li>
            <Link href={pathOf(page + 1)} rel="next">
              Next page
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

import Link from 'next/link';

/**
 * Where this page sits: Home › Project. The last item is the current page. On a phone, where
 * the trail would wrap over lines, only a short link back to the parent shows (`short`
 * names it there): the common pattern, and one line.
 */
export function Breadcrumb({ items }: { items: Array<{ label: string; short?: string; href?: string }> }) {
  const parent = items.findLast((item) => item.href);
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-4 text-base sm:mb-6">
      {parent ? (
        <p className="sm:hidden">
          <Link href={parent.href!}>
            <span aria-hidden="true">‹ </span>
            {parent.short ?? parent.label}
          </Link>
        </p>
      ) : null}
      <ol className="flex flex-wrap items-center gap-x-2 max-sm:hidden">
        {items.map((item, index) => (
          <li key={item.label} className="flex items-center gap-x-2">
            {index > 0 ? <span aria-hidden="true" className="text-muted">›</span> : null}
            {item.href ? (
              <Link href={item.href}>{item.label}</Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

import type { ReactNode } from 'react';

/**
 * A link to another organisation's site. It opens in the same tab (visitors keep control
 * of their back button), says it leads elsewhere to screen readers, and sends no referrer.
 */
export function ExternalLink({
  href,
  children,
  context,
  className,
}: {
  href: string;
  children: ReactNode;
  /** Extra words for screen readers when the visible text alone is ambiguous. */
  context?: string;
  className?: string;
}) {
  return (
    <a href={href} rel="external noopener noreferrer" className={`group no-underline ${className ?? ''}`}>
      {/* Only the words are underlined, not the spaces before the hidden text and icon. */}
      <span className="underline underline-offset-[0.2em] group-hover:decoration-2">{children}</span>
      {/* Spaces sit outside the hidden spans so every browser keeps them in the link's name. */}
      {context ? <> <span className="sr-only">{context}</span></> : null}{' '}
      <span className="sr-only">(external site)</span>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="inline-block h-[0.8em] w-[0.8em] align-baseline">
        <path d="M6 3h7v7M13 3 5 11M3 5v8h8" fill="none" stroke="currentColor" strokeWidth="1.75" />
      </svg>
    </a>
  );
}

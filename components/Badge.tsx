import type { ReactNode } from 'react';

/** A short label such as a status or "Draft"; its words carry the meaning, not its colour. */
export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'warning' }) {
  const colours =
    tone === 'warning'
      ? 'border-ink bg-surface text-ink border-dashed'
      : 'border-line bg-surface-alt text-ink';
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${colours}`}>{children}</span>
  );
}

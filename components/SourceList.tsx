import { formatDay, toIsoDay } from '@/lib/day';
import { displayUrl } from '@/lib/text';
import { ExternalLink } from './ExternalLink';

/** Where the facts on a page come from, and when they were last checked against it. */
export function SourceList({ sources, reviewed }: { sources: readonly string[]; reviewed: Date }) {
  return (
    <section aria-labelledby="sources" className="mt-10">
      <h2 id="sources" className="mb-3 text-xl font-bold">
        Sources
      </h2>
      <ul className="grid gap-1">
        {sources.map((source) => (
          <li key={source} className="wrap-anywhere">
            <ExternalLink href={source}>{displayUrl(source)}</ExternalLink>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-muted">
        Facts checked on <time dateTime={toIsoDay(reviewed)}>{formatDay(reviewed)}</time>.
      </p>
    </section>
  );
}


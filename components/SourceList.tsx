import { displayUrl } from '@/lib/format';
import { ExternalLink } from './ExternalLink';

/** Where the facts on a page come from. */
export function SourceList({ sources }: { sources: readonly string[] }) {
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
    </section>
  );
}

import type { Host } from '@/lib/content';
import { plural } from '@/lib/text';
import type { HostOverview as Overview } from '@/lib/content/with-host';

/** One sentence on how the listed projects connect to the host, from the content. */
export function HostOverview({ host, overview }: { host: Host; overview: Overview }) {
  const shares = [
    overview.cities > 0 ? plural(overview.cities, 'city', 'cities') : '',
    overview.themes > 0 ? plural(overview.themes, 'theme', 'themes') : '',
  ].filter(Boolean);
  const parts = [
    shares.length > 0
      ? `${plural(overview.projects, 'project shares', 'projects share')} ${shares.join(' and ')} with ${host.name}`
      : '',
    overview.synergies > 0 ? plural(overview.synergies, 'joint activity', 'joint activities') : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <p className="max-w-measure text-lg font-semibold">{parts.join('; ')}.</p>;
}

import type { Host } from '@/lib/content';
import { plural } from '@/lib/text';
import type { HostOverview as Overview } from '@/lib/content/synergies';

/** One sentence on how the listed projects connect to the host, from the content. */
export function HostOverview({ site, overview }: { site: Host; overview: Overview }) {
  const shares = [
    overview.cities > 0 ? plural(overview.cities, 'city', 'cities') : '',
    overview.themes > 0 ? plural(overview.themes, 'theme', 'themes') : '',
  ].filter(Boolean);
  const parts = [
    shares.length > 0
      ? `${plural(overview.projects, 'project shares', 'projects share')} ${shares.join(' and ')} with ${site.name}`
      : '',
    overview.activities > 0 ? plural(overview.activities, 'joint activity', 'joint activities') : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <p className="max-w-measure text-lg font-semibold">{parts.join('; ')}.</p>;
}

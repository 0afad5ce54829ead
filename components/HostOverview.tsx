import type { Site } from '@/lib/content';
import { count } from '@/lib/content/shared';
import type { HostOverview as Overview } from '@/lib/content/synergies';

/** One sentence on how the listed projects connect to the host, from the content. */
export function HostOverview({ site, overview }: { site: Site; overview: Overview }) {
  const shares = [
    overview.cities > 0 ? count(overview.cities, 'city', 'cities') : '',
    overview.themes > 0 ? count(overview.themes, 'theme', 'themes') : '',
  ].filter(Boolean);
  const parts = [
    shares.length > 0
      ? `${count(overview.projects, 'project shares', 'projects share')} ${shares.join(' and ')} with ${site.name}`
      : '',
    overview.activities > 0 ? count(overview.activities, 'joint activity', 'joint activities') : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <p className="max-w-measure text-lg font-semibold">{parts.join('; ')}.</p>;
}

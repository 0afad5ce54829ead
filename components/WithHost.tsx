import Link from 'next/link';
import type { Project, Host } from '@/lib/content';
import { themePath } from '@/lib/routes';
import type { SharedWithHost } from '@/lib/content/with-host';
import { formatProjectDate, machineDate } from '@/lib/day';
import { ExternalLink } from './ExternalLink';

/**
 * What the project has in common with the host: the cities and themes both work on (from
 * the two files), and the activities they ran together (the project's `synergies`).
 */
export function WithHost({ project, host, shared }: { project: Project; host: Host; shared: SharedWithHost }) {
  if (shared.cities.length + shared.themes.length + project.synergies.length === 0) return null;
  return (
    <section aria-labelledby="with-host" className="mt-10">
      <h2 id="with-host" className="mb-3 text-xl font-bold">
        With {host.name}
      </h2>
      <dl className="grid gap-3">
        {shared.themes.length > 0 ? (
          <div>
            <dt className="font-semibold">Shared themes</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-4">
                {shared.themes.map((theme) => (
                  <li key={theme.id}>
                    <Link href={themePath(theme.id)}>{theme.label}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {shared.cities.length > 0 ? (
          <div>
            <dt className="font-semibold">Shared cities</dt>
            <dd>{shared.cities.map((city) => `${city.name} (${city.countryName})`).join(', ')}</dd>
          </div>
        ) : null}
        {project.synergies.length > 0 ? (
          <div>
            <dt className="font-semibold">Joint activities</dt>
            <dd>
              <ul className="grid gap-1">
                {project.synergies.map((synergy) => (
                  <li key={synergy.title}>
                    {synergy.url ? <ExternalLink href={synergy.url}>{synergy.title}</ExternalLink> : synergy.title}
                    {synergy.date ? (
                      <>
                        {' '}
                        (<time dateTime={machineDate(synergy.date)}>{formatProjectDate(synergy.date)}</time>)
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

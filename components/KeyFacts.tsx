import Link from 'next/link';
import type { ReactNode } from 'react';
import type { City, Project } from '@/lib/content';
import { themePath } from '@/lib/routes';
import { formatProjectDate, machineDate } from '@/lib/day';
import { statusLabel } from '@/lib/status-of-day';
import { ExternalLink } from './ExternalLink';
import { statusAttributes } from './status-attributes';

/** The facts of a project at a glance, as a description list. */
export function KeyFacts({ project }: { project: Project }) {
  const cityGroups = groupByRole(project.cities);
  return (
    <section aria-labelledby="key-facts" className="rounded-lg border border-line bg-surface-alt p-5 sm:p-6">
      <h2 id="key-facts" className="mb-4 text-xl font-bold">
        Key facts
      </h2>
      <dl className="grid gap-4">
        {project.programme ? <Fact term="Programme">{project.programme}</Fact> : null}
        {project.grantAgreement && project.cordisUrl ? (
          <Fact term="Grant agreement">
            <ExternalLink href={project.cordisUrl} context="on CORDIS, the EU research results database">
              {project.grantAgreement}
            </ExternalLink>
          </Fact>
        ) : null}
        {project.start || project.end ? <Fact term="Dates">{period(project)}</Fact> : null}
        {project.status ? (
          <Fact term="Status" attributes={statusAttributes(project)}>
            {statusLabel(project.status)}
          </Fact>
        ) : null}
        {project.coordinator ? <Fact term="Coordinator">{project.coordinator}</Fact> : null}
        {cityGroups.map(([role, cities]) => (
          <Fact key={role} term={`${role} (${cities.length})`}>
            <ul className="grid gap-0.5">
              {cities.map((city) => (
                <li key={`${city.name}-${city.country}`}>
                  {city.name}, <span className="text-muted">{city.countryName}</span>
                </li>
              ))}
            </ul>
          </Fact>
        ))}
        {project.themes.length > 0 ? (
          <Fact term="Themes">
            <ul className="grid gap-0.5">
              {project.themes.map((theme) => (
                <li key={theme.id}>
                  <Link href={themePath(theme.id)}>{theme.label}</Link>
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        <Fact term="Official website">
          <ExternalLink href={project.website} className="wrap-anywhere">
            {new URL(project.website).hostname.replace(/^www\./, '')}
          </ExternalLink>
        </Fact>
      </dl>
    </section>
  );
}

/**
 * The facts that matter most (programme, dates, status, coordinator) as one short line
 * under the summary, on phones and tablets: there the full key facts follow the
 * description, and on wide screens they stand beside it, so the line is not drawn twice.
 */
export function KeyFactLine({ project }: { project: Project }) {
  const facts: Array<{ term: string; value: ReactNode; attributes?: Record<string, string>; showTerm?: boolean }> = [];
  if (project.programme) facts.push({ term: 'Programme', value: project.programme });
  if (project.start || project.end) facts.push({ term: 'Dates', value: period(project) });
  if (project.status) facts.push({ term: 'Status', value: statusLabel(project.status), attributes: statusAttributes(project) });
  if (project.coordinator) facts.push({ term: 'Coordinator', value: project.coordinator, showTerm: true });
  if (facts.length === 0) return null;
  // One run of text that wraps like a sentence (a line may break at the spaces around each
  // dot), facts parted by a middle dot drawn by CSS
  // with empty alternative text (so screen readers do not read it), outside the <dd>, whose
  // text the `status` module rewrites.
  return (
    <dl className="mt-3 text-muted lg:hidden [&_time]:whitespace-nowrap">
      {facts.map(({ term, value, attributes, showTerm }) => (
        <div key={term} className="inline not-last:after:content-['_·_'_/_'']" {...attributes}>
          {/* Each value says what it is; only the coordinator's needs its term shown. */}
          <dt className={showTerm ? 'inline' : 'sr-only'}>{showTerm ? `${term}: ` : term}</dt>
          <dd className="inline">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Fact({ term, children, attributes }: { term: string; children: ReactNode; attributes?: Record<string, string> }) {
  return (
    <div {...attributes}>
      <dt className="font-semibold">{term}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

function period({ start, end }: Project): ReactNode {
  const startTime = start ? <time dateTime={machineDate(start)}>{formatProjectDate(start)}</time> : null;
  const endTime = end ? <time dateTime={machineDate(end)}>{formatProjectDate(end)}</time> : null;
  if (startTime && endTime) return <>{startTime} – {endTime}</>;
  if (startTime) return <>Started {startTime}</>;
  return <>Until {endTime}</>;
}

/** Cities grouped by their role, in the order roles first appear in the file. */
function groupByRole(cities: readonly City[]): Array<[string, City[]]> {
  const groups = new Map<string, City[]>();
  for (const city of cities) groups.set(city.role, [...(groups.get(city.role) ?? []), city]);
  return [...groups];
}

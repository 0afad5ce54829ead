import type { Project } from '@/lib/content';
import { statusDay } from '@/lib/settings';
import { formatDay, formatProjectDate, toIsoDay } from '@/lib/day';
import { TIMELINE, timelineLayout, type TimelineBar, type TimelineItem } from '@/lib/pictures/timeline';

/**
 * When the projects run: a bar each on one time axis, drawn on the server as SVG, with a
 * marker at the day the site was built for. Its axis and marker carry their dates as
 * data attributes, so a script may move the marker to the visitor's day; without one,
 * the build's day stands (the site is rebuilt on each change of content).
 */
export function ProjectsTimeline({ projects, today = statusDay() }: { projects: readonly Project[]; today?: Date }) {
  const layout = timelineLayout(projects, today);
  const single = projects.length === 1;
  const bottom = layout.height - TIMELINE.axis;
  return (
    <section aria-labelledby="timeline-heading" className="mt-12" data-picture-section="timeline">
      <h2 id="timeline-heading" className="mb-4 text-2xl font-bold">
        When {single ? 'it runs' : 'they run'}
      </h2>
      {layout.bars.length > 0 ? (
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby="timeline-title"
          aria-describedby="timeline-description"
          data-picture="timeline"
          data-axis-start={toIsoDay(layout.axisStart)}
          data-axis-end={toIsoDay(layout.axisEnd)}
          className="h-auto w-full max-w-xl"
        >
          <title id="timeline-title">{`Timeline of ${single ? projects[0]!.title : 'the projects'}, ${layout.axisStart.getUTCFullYear()} to ${layout.axisEnd.getUTCFullYear() - 1}`}</title>
          <desc id="timeline-description">{`${layout.bars.map(describeBar).join('. ')}. The marked day is ${formatDay(layout.today.date)}.`}</desc>
          <g className="stroke-line" strokeWidth={1}>
            {layout.ticks.map((tick) => (
              <line key={tick.year} x1={tick.x} x2={tick.x} y1={TIMELINE.top - 8} y2={bottom} />
            ))}
          </g>
          <g fontSize={TIMELINE.labelSize} className="fill-muted">
            {layout.ticks.map((tick) => (
              <text key={tick.year} x={tick.label.anchor === 'end' ? tick.label.x + tick.label.width : tick.label.x} y={bottom + 16} textAnchor={tick.label.anchor}>
                {tick.year}
              </text>
            ))}
          </g>
          {layout.bars.map((bar) => (
            <Bar key={bar.label} bar={bar} />
          ))}
          <g data-today-marker={toIsoDay(layout.today.date)} className="fill-ink stroke-ink">
            <line x1={layout.today.x} x2={layout.today.x} y1={TIMELINE.top - 16} y2={bottom} strokeWidth={2} strokeDasharray="4 3" />
            <text x={layout.today.x} y={TIMELINE.top - 18} fontSize={TIMELINE.labelSize} textAnchor={layout.today.x > layout.width - 40 ? 'end' : 'middle'} stroke="none" fontWeight="bold">
              Today
            </text>
          </g>
          {/* Labels come last, each on a plate that hides the grid and the marker beneath it. */}
          <g fontSize={TIMELINE.labelSize}>
            {layout.bars.map(({ label, placement }) => (
              <g key={label} data-label={label}>
                <rect {...placement.plate} className="fill-surface print:fill-white" />
                <text x={placement.x} y={placement.y} textAnchor={placement.anchor} className="fill-ink">
                  {label}
                </text>
              </g>
            ))}
          </g>
        </svg>
      ) : null}
      {layout.undated.length > 0 ? (
        <p className="mt-3">
          {single ? 'Its dates are not known yet.' : `Dates not known yet: ${layout.undated.map((item) => item.title).join(', ')}.`}
        </p>
      ) : null}
      {layout.bars.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer">The timeline as text</summary>
          <ul className="mt-2 grid gap-0.5">
            {layout.bars.map((bar) => (
              <li key={bar.label}>
                <span className="font-semibold">{bar.label}</span>: {period(bar.item)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/** A bar below its label's band; an open end fades out into a dashed line, an open start fades in. */
function Bar({ bar }: { bar: TimelineBar }) {
  const y = bar.y + TIMELINE.barOffset;
  const width = Math.max(bar.x2 - bar.x1, 2);
  const fade = Math.min(24, width / 2);
  return (
    <g data-bar={bar.label}>
      <rect
        x={bar.x1 + (bar.openStart ? fade : 0)}
        y={y}
        width={Math.max(width - (bar.openStart ? fade : 0) - (bar.openEnd ? fade : 0), 1)}
        height={TIMELINE.bar}
        className="fill-accent"
        rx={2}
      />
      {bar.openEnd ? (
        <line x1={bar.x2 - fade} x2={bar.x2} y1={y + TIMELINE.bar / 2} y2={y + TIMELINE.bar / 2} strokeWidth={TIMELINE.bar / 2} strokeDasharray="4 3" className="stroke-accent" data-open="end" />
      ) : null}
      {bar.openStart ? (
        <line x1={bar.x1} x2={bar.x1 + fade} y1={y + TIMELINE.bar / 2} y2={y + TIMELINE.bar / 2} strokeWidth={TIMELINE.bar / 2} strokeDasharray="4 3" className="stroke-accent" data-open="start" />
      ) : null}
    </g>
  );
}

function period(item: TimelineItem & { count?: number }): string {
  const from = item.start ? formatProjectDate(item.start) : undefined;
  const to = item.end ? formatProjectDate(item.end) : undefined;
  if (from && to) return `${from} to ${to}`;
  if (from) return `from ${from}, no end date given`;
  return `until ${to}, start not given`;
}

function describeBar(bar: TimelineBar): string {
  return `${bar.label}: ${period(bar.item)}`;
}

import type { Project, Host } from '@/lib/content';
import { BASE_MAP_IDS, BASE_MAP_PATH, europeBaseMap } from '@/lib/pictures/map';
import { slugify } from '@/lib/content/slugify';
import { DOT_SIZE, layoutDots, mapPlaces, placeDescription, rolesText, type MapDot, type MapPlace, type PlaceKind } from '@/lib/pictures/map-places';
import { labelWidth } from '@/lib/pictures/text';
import { plural } from '@/lib/text';
import { basePath } from '@/lib/settings';

/**
 * A map of Europe with the cities of the given projects and of the host, drawn on the
 * server as SVG: no tiles, no script. Beside it, the same cities as lists, which double
 * as the legend. On the listing it gets every project; on a project page, that one.
 *
 * Every dot is named in the lists, and on the map by its label beside it. A dot whose
 * label was left out for lack of room has a title instead (shown on hover), and is a link
 * to its line in the list, so the keyboard reaches it: focus shows its label and the link
 * names it. That makes the map a named
 * group rather than an image (an image's parts cannot take focus); the other dots and the
 * base map are hidden from screen readers, which get the lists.
 */
export function ProjectsMap({ host, projects }: { host: Host; projects: readonly Project[] }) {
  const places = mapPlaces(host, projects);
  if (places.length === 0) return null;
  const base = europeBaseMap();
  const baseMap = `${basePath()}${BASE_MAP_PATH}`;
  const dots = layoutDots(places, base);
  const whose = projects.length === 1 ? projects[0]!.title : 'the projects';
  const counts = countByKind(places);
  const summary = [
    counts.shared ? `${counts.shared} shared by ${whose} and ${host.name}` : '',
    counts.project ? `${counts.project} of ${whose} only` : '',
    counts.host ? `${counts.host} of ${host.name} only` : '',
  ].filter(Boolean);
  return (
    <section aria-labelledby="map-heading" className="mt-12" data-picture-section="map">
      <h2 id="map-heading" className="mb-4 text-2xl font-bold">
        Where {projects.length === 1 ? 'it works' : 'they work'}
      </h2>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <svg
          viewBox={`0 0 ${base.width} ${base.height}`}
          role="group"
          aria-labelledby="map-title"
          aria-describedby="map-description"
          data-picture="map"
          className="h-auto w-full rounded-lg border border-line bg-surface"
        >
          <title id="map-title">{`Map of Europe: the cities of ${whose} and of ${host.name}`}</title>
          <desc id="map-description">{`${plural(places.length, 'city', 'cities')}: ${summary.join('; ')}. The lists beside the map name each one.`}</desc>
          <g aria-hidden="true">
            {/* The coasts and borders come from one cached file; the colours are set here. */}
            <use href={`${baseMap}#${BASE_MAP_IDS.land}`} className="fill-surface-alt stroke-line print:fill-white print:stroke-black" strokeWidth={0.75} />
            <use href={`${baseMap}#${BASE_MAP_IDS.borders}`} className="fill-none stroke-line print:stroke-muted" strokeWidth={0.75} />
            {dots
              .filter((dot) => dot.label)
              .map((dot) => (
                // Named by its label beside it (and in the lists): no title, which would
                // repeat the lists' line in every page's first flight (issue 20).
                <g key={placeKey(dot)} transform={`translate(${dot.x} ${dot.y})`} data-place={dot.name}>
                  <PlaceSymbol kind={dot.kind} />
                </g>
              ))}
          </g>
          {dots
            .filter((dot) => !dot.label)
            .map((dot) => (
              <UnlabelledDot key={placeKey(dot)} dot={dot} mapWidth={base.width} />
            ))}
          {/* Labels are too small to read on a phone's width, where the lists carry the names. */}
          <g aria-hidden="true" fontSize={DOT_SIZE.labelSize} className="fill-ink stroke-surface max-sm:hidden [paint-order:stroke]" strokeWidth={3} strokeLinejoin="round">
            {dots.filter((dot): dot is MapDot & Required<Pick<MapDot, 'label'>> => dot.label !== undefined).map((dot) => (
              <text key={placeKey(dot)} x={dot.label.x} y={dot.label.y} textAnchor={dot.label.anchor} dominantBaseline="central">
                {dot.name}
              </text>
            ))}
          </g>
        </svg>
        <div className="grid content-start gap-5">
          {KINDS.map((kind) => (
            <PlaceList
              key={kind}
              kind={kind}
              places={places.filter((place) => place.kind === kind)}
              heading={kindHeading(kind, whose, host.name)}
              // Under a heading that names one project or the host, each city needs only its role.
              namesWho={kind === 'shared' || (kind === 'project' && projects.length > 1)}
            />
          ))}
        </div>
      </div>
    </section>
  );
}

const KINDS: readonly PlaceKind[] = ['shared', 'project', 'host'];

const placeKey = (place: MapPlace) => `${place.name}|${place.countryName}`;

/** The id of a place's line in the lists, which its dot links to when it has no label. */
const placeId = (place: MapPlace) => `place-${slugify(`${place.name} ${place.countryName}`)}`;

/**
 * A dot whose label did not fit: a link to its line in the lists, named by its title. Its
 * label shows while it has focus (over whatever it covers, for that moment), right of the
 * dot or, near the map's right edge, left of it.
 */
function UnlabelledDot({ dot, mapWidth }: { dot: MapDot; mapWidth: number }) {
  const gap = DOT_SIZE.sharedRadius + 2;
  const end = dot.x + gap + labelWidth(dot.name, DOT_SIZE.labelSize) > mapWidth;
  return (
    // aria-label as well as the title: not every screen reader names an SVG link by its title.
    <a href={`#${placeId(dot)}`} aria-label={placeDescription(dot)} data-place={dot.name} className="group">
      <title>{placeDescription(dot)}</title>
      <g transform={`translate(${dot.x} ${dot.y})`}>
        <PlaceSymbol kind={dot.kind} />
        <text
        aria-hidden="true"
        x={end ? -gap : gap}
        textAnchor={end ? 'end' : 'start'}
        dominantBaseline="central"
        fontSize={DOT_SIZE.labelSize}
        strokeWidth={3}
        strokeLinejoin="round"
        className="hidden fill-ink stroke-surface [paint-order:stroke] group-focus-visible:inline"
      >
          {dot.name}
        </text>
      </g>
    </a>
  );
}

function kindHeading(kind: PlaceKind, whose: string, host: string): string {
  if (kind === 'shared') return `Shared by ${whose} and ${host}`;
  if (kind === 'project') return `Cities of ${whose}`;
  return `Cities of ${host}`;
}

function countByKind(places: readonly MapPlace[]): Record<PlaceKind, number> {
  const counts = { shared: 0, project: 0, host: 0 };
  for (const place of places) counts[place.kind] += 1;
  return counts;
}

/** One group of cities, headed by the symbol the map draws them with: list and legend in one. */
function PlaceList({ kind, places, heading, namesWho }: { kind: PlaceKind; places: readonly MapPlace[]; heading: string; namesWho: boolean }) {
  if (places.length === 0) return null;
  const id = `map-${kind}`;
  return (
    <div>
      <h3 id={id} className="mb-1 flex items-center gap-2 text-lg font-semibold">
        <svg viewBox="-9 -9 18 18" width="18" height="18" aria-hidden="true" className="shrink-0">
          <PlaceSymbol kind={kind} />
        </svg>
        {heading} ({places.length})
      </h3>
      <ul aria-labelledby={id} className="grid gap-0.5 text-base">
        {places.map((place) => (
          <li key={placeKey(place)} id={placeId(place)} className="target:bg-surface-alt target:font-semibold">
            {place.name}, <span className="text-muted">{place.countryName}</span>
            {': '}
            {rolesText(place.roles, namesWho)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Each kind has its own shape as well as its own colour, so the map reads without colour
 * vision and in black-and-white print: a dot for a project's city, a diamond for the
 * host's, a ringed dot for a city they share.
 */
function PlaceSymbol({ kind }: { kind: PlaceKind }) {
  if (kind === 'host') {
    // A square turned on its corner, about as wide as a project's dot.
    const half = Math.round(DOT_SIZE.radius * 0.8 * 10) / 10;
    return <rect x={-half} y={-half} width={2 * half} height={2 * half} transform="rotate(45)" className="fill-ink stroke-surface" strokeWidth={1.5} />;
  }
  if (kind === 'shared') {
    return (
      <>
        <circle r={DOT_SIZE.sharedRadius} className="fill-surface stroke-ink" strokeWidth={2.5} />
        <circle r={DOT_SIZE.sharedRadius / 2} className="fill-accent" />
      </>
    );
  }
  return <circle r={DOT_SIZE.radius} className="fill-accent stroke-surface" strokeWidth={1.5} />;
}

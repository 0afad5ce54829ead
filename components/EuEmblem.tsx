/**
 * The EU emblem drawn to its official geometry: a 3:2 Reflex Blue rectangle with twelve
 * upright gold five-pointed stars at the hours of a clock, on a circle whose radius is a
 * third of the height; each star's points lie on a circle of one eighteenth of the height.
 */
const HEIGHT = 540;
const WIDTH = (HEIGHT * 3) / 2;
const CIRCLE_RADIUS = HEIGHT / 3;
const STAR_RADIUS = HEIGHT / 18;
// In a regular five-pointed star the inner corners sit at this fraction of the outer radius.
const INNER_RATIO = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);

type Point = readonly [number, number];

/** A star's ten corners around its centre, the first its top point. */
const STAR_CORNERS: Point[] = Array.from({ length: 10 }, (_, index) => {
  const radius = index % 2 === 0 ? STAR_RADIUS : STAR_RADIUS * INNER_RATIO;
  const angle = -Math.PI / 2 + (index * Math.PI) / 5;
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
});

/** The stars' centres, from twelve o'clock round. */
const STAR_CENTRES: Point[] = Array.from({ length: 12 }, (_, hour) => {
  const angle = (hour * Math.PI) / 6;
  return [WIDTH / 2 + CIRCLE_RADIUS * Math.sin(angle), HEIGHT / 2 - CIRCLE_RADIUS * Math.cos(angle)];
});

const number = (value: number) => String(Number(value.toFixed(2)));
const pair = ([x, y]: Point) => `${number(x)},${number(y)}`;

/** The stars in absolute coordinates, one `M…L…Z` each: for the social cards' renderer. */
const STARS = STAR_CENTRES.map(([cx, cy]) => `M${STAR_CORNERS.map(([x, y]) => `${(cx + x).toFixed(2)},${(cy + y).toFixed(2)}`).join('L')}Z`).join('');

/**
 * The same stars in relative steps: every star's outline is the same text, which gzip
 * sends almost once, so the emblem costs each page about 200 bytes and no request of its
 * own. Drawn from a file through `<use href>` instead, it was one more request before the
 * first paint, which cost simple pages 0.12 s of Lighthouse's LCP (issue 20).
 */
const OUTLINE = STAR_CORNERS.slice(1)
  .map((corner, index) => pair([corner[0] - STAR_CORNERS[index]![0], corner[1] - STAR_CORNERS[index]![1]]))
  .join(' ');
const RELATIVE_STARS = STAR_CENTRES.map(([cx, cy], index) => {
  const top: Point = [cx + STAR_CORNERS[0]![0], cy + STAR_CORNERS[0]![1]];
  const previous = STAR_CENTRES[index - 1];
  // After z the pen is back at the previous star's top point: step to this star's.
  const move = previous ? `m${pair([cx - previous[0], cy - previous[1]])}` : `M${pair(top)}`;
  return `${move}l${OUTLINE}z`;
}).join('');

/** The emblem, drawn in the page; `title` names it for assistive technology. */
export function EuEmblem({ className, title = 'Emblem of the European Union' }: { className?: string; title?: string }) {
  const { width, height, blue, gold } = EU_EMBLEM_GEOMETRY;
  return (
    <svg className={className} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
      <rect width={width} height={height} fill={blue} />
      <path d={RELATIVE_STARS} fill={gold} />
    </svg>
  );
}

/** The emblem's drawing, for pictures drawn without the page's CSS (the social cards). */
export const EU_EMBLEM_GEOMETRY = { width: WIDTH, height: HEIGHT, stars: STARS, blue: '#003399', gold: '#FFCC00' } as const;

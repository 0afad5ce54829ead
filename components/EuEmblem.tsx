import { basePath } from '@/lib/settings';

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

function starPath(cx: number, cy: number): string {
  const points = Array.from({ length: 10 }, (_, index) => {
    const radius = index % 2 === 0 ? STAR_RADIUS : STAR_RADIUS * INNER_RATIO;
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    return `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`;
  });
  return `M${points.join('L')}Z`;
}

const STARS = Array.from({ length: 12 }, (_, hour) => {
  const angle = (hour * Math.PI) / 6;
  return starPath(WIDTH / 2 + CIRCLE_RADIUS * Math.sin(angle), HEIGHT / 2 - CIRCLE_RADIUS * Math.cos(angle));
}).join('');

/**
 * Where the emblem is published: one file the footer of every page draws through
 * `<use href>`, fetched once and cached, instead of 2 KB of drawing in every page's HTML,
 * which is counted against TCP's first flight (issue 20).
 */
export const EU_EMBLEM_PATH = '/pictures/eu-emblem.svg';

/** The id of the drawing in that file. */
const EMBLEM_ID = 'emblem';

/** The emblem as a standalone SVG document, the file at EU_EMBLEM_PATH. */
export function euEmblemSvg(): string {
  const { width, height, stars, blue, gold } = EU_EMBLEM_GEOMETRY;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><g id="${EMBLEM_ID}"><rect width="${width}" height="${height}" fill="${blue}"/><path d="${stars}" fill="${gold}"/></g></svg>\n`;
}

/** The emblem, drawn from its file; `title` names it for assistive technology. */
export function EuEmblem({ className, title = 'Emblem of the European Union' }: { className?: string; title?: string }) {
  return (
    <svg className={className} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
      <use href={`${basePath()}${EU_EMBLEM_PATH}#${EMBLEM_ID}`} />
    </svg>
  );
}

/** The emblem's drawing, for pictures drawn without the page's CSS (the social cards). */
export const EU_EMBLEM_GEOMETRY = { width: WIDTH, height: HEIGHT, stars: STARS, blue: '#003399', gold: '#FFCC00' } as const;

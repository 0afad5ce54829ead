import { gzipSync } from 'node:zlib';

/**
 * The byte budgets of a processed page, in bytes after gzip (level 6, what nginx sends
 * with deploy/nginx.conf). Tests hold every page to them, exactly; times are measured by
 * `npm run bench` but never tested, because they depend on the machine.
 */
export const BUDGETS = {
  /** Next.js's client runtime, flight data and any other script not marked as ours. */
  frameworkJavaScript: 0,
  /** Each enhancement module (lib/enhancements/<name>.ts, bundled). */
  enhancementModule: 5 * 1024,
  /** All stylesheets one page links. */
  css: 10 * 1024,
  /** The HTML of a project page, besides its pictures (which have budgets of their own). */
  projectPageHtml: 15 * 1024,
  /** What the map of the cities adds to a page's HTML (components/pictures/ProjectsMap.tsx). */
  map: 40 * 1024,
  /** What the timeline adds to a page's HTML, with three projects. */
  timeline: 5 * 1024,
  /** The HTML of a listing page or a theme page: a page of cards, at any number of projects. */
  listingPageHtml: 60 * 1024,
  /**
   * The search index (`/search-index.json`), per project it holds, before gzip: what the
   * browser downloads (gzipped) and parses on the first use of the filter. Sized for long
   * fields, not typical ones: the scale suite's fixture (summaries of 210 characters on
   * average, up to 11 cities each) comes to about 700 B a project; a row that also carried
   * the description (kilobytes) would break it at once.
   */
  searchIndexPerProject: 768,
  /**
   * What a page needs to paint, as nginx sends it: the gzipped HTML, the gzipped CSS it
   * links and the headers of both answers. TCP's first flight is ten segments (about
   * 14.6 KB), so a page within this paints after one round trip (bench/first-flight.ts).
   */
  firstFlight: 14 * 1024,
} as const;

/** The pictures a page may carry, by the `data-picture-section` name of their section. */
export const PICTURE_BUDGETS: Readonly<Record<string, number>> = { map: BUDGETS.map, timeline: BUDGETS.timeline };

/** Bytes after gzip at nginx's level. */
export function gzipBytes(content: string | Buffer): number {
  return gzipSync(content, { level: 6 }).length;
}

import { request } from 'node:http';
import { listingPageCount, projectsWithTheme } from '../lib/content/listing';
import type { Content } from '../lib/content/types';
import { ACCESSIBILITY_PATH, LISTING_PATH, listingPagePath, projectPath, THEMES_PATH, themePath } from '../lib/routes';
import { BUDGETS } from '../lib/static-export/budgets';

/**
 * What a page needs before it can paint, as it comes off the wire from nginx with
 * deploy/nginx.conf: the HTML and every stylesheet it links, gzipped as nginx sends them,
 * with the status line and headers of each answer (which travel in the same first flight
 * as the body). TCP's first flight is ten segments, about 14.6 KB: a page within
 * BUDGETS.firstFlight paints after one round trip. `npm run bench` prints these figures
 * and tests/e2e (explore and scale) hold every page type to the budget.
 */

export interface FirstFlight {
  path: string;
  status: number;
  /** Bytes as sent: the gzipped HTML, its gzipped stylesheets, and the head of each of these answers. */
  html: number;
  css: number;
  headers: number;
  total: number;
}

interface Answer {
  status: number;
  contentEncoding: string | undefined;
  /** The status line, the headers and the blank line after them, as nginx wrote them. */
  headerBytes: number;
  body: Buffer;
}

/** One GET asking for gzip, the body kept as sent (Node's client never decompresses). */
function get(url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        // rawHeaders keeps names and values as written; nginx writes "Name: value\r\n".
        const pairs = response.rawHeaders;
        let headerBytes = Buffer.byteLength(`HTTP/${response.httpVersion} ${response.statusCode} ${response.statusMessage}\r\n\r\n`, 'latin1');
        for (let index = 0; index < pairs.length; index += 2) headerBytes += Buffer.byteLength(`${pairs[index]}: ${pairs[index + 1]}\r\n`, 'latin1');
        resolve({ status: response.statusCode ?? 0, contentEncoding: response.headers['content-encoding'], headerBytes, body: Buffer.concat(chunks) });
      });
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** The first flight of one page of a site served at `baseUrl`. */
export async function firstFlight(baseUrl: string, pagePath: string): Promise<FirstFlight> {
  const page = await get(`${baseUrl}${pagePath}`);
  if (page.contentEncoding !== 'gzip') throw new Error(`${pagePath} was not sent gzipped`);
  const html = (await import('node:zlib')).gunzipSync(page.body).toString('utf8');
  // The processed pages link their stylesheets with plain <link rel="stylesheet" href>.
  const sheets = [...html.matchAll(/<link[^>]*\brel="stylesheet"[^>]*>/g)].flatMap((link) => /\bhref="([^"]+)"/.exec(link[0])?.[1] ?? []);
  let css = 0;
  let headers = page.headerBytes;
  for (const href of sheets) {
    const sheet = await get(new URL(href, `${baseUrl}${pagePath}`).href);
    css += sheet.body.length;
    headers += sheet.headerBytes;
  }
  return { path: pagePath, status: page.status, html: page.body.length, css, headers, total: page.body.length + css + headers };
}

/** The page types that answer 200, as the issue names them. */
export type PageType = 'listing' | 'listingLater' | 'project' | 'themes' | 'theme' | 'themeLater' | 'accessibility';

export const PAGE_TYPE_LABELS: Record<PageType, string> = {
  listing: 'Listing',
  listingLater: 'Listing, last page',
  project: 'Project page',
  themes: 'Themes index',
  theme: 'Theme page',
  themeLater: 'Theme page, last page',
  accessibility: 'Accessibility',
};

/**
 * One page of each type that answers 200 on a site of this content: the listing and its
 * last page, the first project, the themes index, the theme with the most projects and
 * its last page, the accessibility statement. Types this content has no page of (a later
 * page of a listing that fits on one) are left out.
 */
export function pageTypes({ projects, themes }: Pick<Content, 'projects' | 'themes'>): Partial<Record<PageType, string>> {
  const largest = themes
    .map((theme) => ({ theme, pages: listingPageCount(projectsWithTheme(projects, theme.id).length) }))
    .sort((a, b) => b.pages - a.pages)[0];
  const listingPages = listingPageCount(projects.length);
  return {
    listing: LISTING_PATH,
    ...(listingPages > 1 ? { listingLater: listingPagePath(listingPages) } : {}),
    ...(projects[0] ? { project: projectPath(projects[0].slug) } : {}),
    themes: THEMES_PATH,
    ...(largest ? { theme: themePath(largest.theme.id) } : {}),
    ...(largest && largest.pages > 1 ? { themeLater: themePath(largest.theme.id, largest.pages) } : {}),
    accessibility: ACCESSIBILITY_PATH,
  };
}

/**
 * The pages whose first flight is measured: one of every type (`pageTypes`), every
 * project page of a small site (the first and last of a large one), and an address that is
 * no page (the 404 page, as nginx answers it).
 */
export function firstFlightPages(content: Pick<Content, 'projects' | 'themes'>): string[] {
  const { listing, listingLater, themes, theme, themeLater, accessibility } = pageTypes(content);
  const { projects } = content;
  const projectPages = projects.length <= 10 ? projects : [projects[0]!, projects.at(-1)!];
  const pages = [
    listing,
    listingLater,
    ...projectPages.map((project) => projectPath(project.slug)),
    themes,
    theme,
    themeLater,
    accessibility,
    '/no-such-page/',
  ];
  return [...new Set(pages.filter((page) => page !== undefined))];
}

/** The first flight of each page, one page after another. */
export async function firstFlights(baseUrl: string, pages: readonly string[]): Promise<FirstFlight[]> {
  const flights: FirstFlight[] = [];
  for (const page of pages) flights.push(await firstFlight(baseUrl, page));
  return flights;
}

/** The pages that are over the budget, one line each; nothing when every page is within it. */
export function overFirstFlight(flights: readonly FirstFlight[]): string[] {
  return flights.filter((flight) => flight.total > BUDGETS.firstFlight).map((flight) => `${flight.path}: ${flight.total} B, over ${BUDGETS.firstFlight} B`);
}

/** A markdown table of first flights, for the tests' output and bench/results.md. */
export function firstFlightTable(flights: readonly FirstFlight[]): string {
  const rows = flights.map((flight) => `| ${flight.path} | ${flight.status} | ${flight.html} | ${flight.css} | ${flight.headers} | ${flight.total} |`);
  return ['| Page | Status | HTML (B gz) | CSS (B gz) | Headers (B) | Total (B) |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

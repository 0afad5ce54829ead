import { rawRequest } from './raw-http';

/**
 * What a page needs before it can paint, as it comes off the wire from nginx with
 * deploy/nginx.conf: the HTML and every stylesheet it links, gzipped as nginx sends them,
 * with their response headers (which travel in the same first flight). TCP's first flight
 * is ten segments, about 14.6 KB: a page within FIRST_FLIGHT paints from one round trip.
 *
 * The scale suite holds every page type to it at 1000 generated projects. The suite's own
 * build is not held to it yet: with today's content two pages are within a few dozen
 * bytes of it either way (issue 20, branch issue-20-first-flight has that test).
 */
export const FIRST_FLIGHT = 14 * 1024;

export interface FirstFlight {
  path: string;
  status: number;
  /** Gzipped bytes of the HTML, of its stylesheets, and the headers of all these answers. */
  html: number;
  css: number;
  headers: number;
  total: number;
}

export async function firstFlight(baseUrl: string, pagePath: string): Promise<FirstFlight> {
  const get = (target: string) => rawRequest(baseUrl, 'GET', target, 10_000, { 'Accept-Encoding': 'gzip' });
  const page = await get(pagePath);
  if (page.headers.get('content-encoding') !== 'gzip') throw new Error(`${pagePath} was not sent gzipped`);
  // The processed pages link their stylesheets with plain <link rel="stylesheet" href>.
  const html = (await import('node:zlib')).gunzipSync(page.body).toString('utf8');
  const sheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].map((link) => /href="([^"]+)"/.exec(link[0])?.[1]).filter((href) => href !== undefined);
  let css = 0;
  let headers = page.headerBytes;
  for (const href of sheets) {
    const sheet = await get(new URL(href, `${baseUrl}${pagePath}`).pathname);
    css += sheet.body.length;
    headers += sheet.headerBytes;
  }
  return { path: pagePath, status: page.status, html: page.body.length, css, headers, total: page.body.length + css + headers };
}

/** A table of first flights, for the test's output and the closing note. */
export function firstFlightTable(flights: readonly FirstFlight[]): string {
  const rows = flights.map((flight) => `| ${flight.path} | ${flight.status} | ${flight.html} | ${flight.css} | ${flight.headers} | ${flight.total} |`);
  return ['| Page | Status | HTML (B gz) | CSS (B gz) | Headers (B) | Total (B) |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

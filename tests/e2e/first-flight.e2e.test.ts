import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_FLIGHT, firstFlight, firstFlightTable } from './support/first-flight';
import { sitePages } from './support/pages';
import { startNginx, type RunningServer } from './support/servers';

/**
 * Every page type paints from its first round trip (issue 20): the HTML, the CSS it links
 * and the response headers fit in TCP's first flight, as nginx sends them with the
 * production config. The suite's build (3 projects); tests/e2e/scale.e2e.test.ts checks
 * the same at 1000.
 */

const PAGES = await sitePages();
let server: RunningServer;

beforeAll(async () => {
  server = await startNginx();
});
afterAll(async () => {
  await server?.stop();
});

describe('the first flight', () => {
  it(`holds every page type within ${FIRST_FLIGHT} B: HTML and CSS gzipped, with their headers`, async () => {
    const flights = [];
    for (const { path } of PAGES) flights.push(await firstFlight(server.baseUrl, path));
    console.log(firstFlightTable(flights));
    expect(flights.filter((flight) => flight.total > FIRST_FLIGHT).map((flight) => `${flight.path}: ${flight.total} B`)).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { FIXTURES } from './content-fixture';

/** A local HTTP server for one test file, standing in for a site that cannot be reached here. */
export interface LocalServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /** Every path (with query) asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** Starts a server on a free port of the loopback interface. */
export async function startLocalServer(handler: Handler): Promise<LocalServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    void handler(request, response);
  });
  // Port 0: the system picks a free port, so parallel test files never collide.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the local server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        // Requests left hanging on purpose (timeouts) would keep it open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const RECORD_PATH = /^\/project\/id\/(\d+)\/en\?format=xml$/;
const PAGE_PATH = /^\/project\/id\/(\d+)$/;

/**
 * A stand-in for CORDIS: answers `/project/id/<id>/en?format=xml` with
 * `tests/fixtures/cordis/<id>.xml` and `/project/id/<id>` with a page, and 404 for a
 * project it has no file for, as CORDIS does. `failures` makes a project's record answer
 * 503 that many times first (Infinity: always).
 */
export function startCordisServer(failures: Record<string, number> = {}): Promise<LocalServer> {
  const left = { ...failures };
  return startLocalServer(async (request, response) => {
    const page = PAGE_PATH.exec(request.url ?? '')?.[1];
    if (page) {
      const exists = await readFile(path.join(FIXTURES, 'cordis', `${page}.xml`)).then(() => true, () => false);
      response.writeHead(exists ? 200 : 404, { 'content-type': 'text/html' }).end(`<html><body>Project ${page}</body></html>`);
      return;
    }
    const id = RECORD_PATH.exec(request.url ?? '')?.[1];
    if (id && (left[id] ?? 0) > 0) {
      left[id]! -= 1;
      response.writeHead(503, { 'content-type': 'text/html' }).end('<html><body>Service unavailable</body></html>');
      return;
    }
    const xml = id ? await readFile(path.join(FIXTURES, 'cordis', `${id}.xml`), 'utf8').catch(() => undefined) : undefined;
    if (!xml) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Page not found</body></html>');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/xml;charset=UTF-8' }).end(xml);
  });
}

/**
 * A stand-in for the sites content links to. Every path answers 200, except:
 * `/dead` 404, `/moved` a permanent redirect to `/live`, `/moved-to-dead` a redirect to
 * `/dead`, `/broken` 500 every time, `/flaky` 503 the first time, and `/slow` never.
 */
export function startLinkServer(): Promise<LocalServer> {
  let flakyAnswered = false;
  return startLocalServer((request, response) => {
    switch (new URL(request.url ?? '/', 'http://localhost').pathname) {
      case '/dead':
        response.writeHead(404).end('Not here');
        return;
      case '/moved':
        response.writeHead(301, { location: '/live' }).end();
        return;
      case '/moved-to-dead':
        response.writeHead(302, { location: '/dead' }).end();
        return;
      case '/broken':
        response.writeHead(500).end('Broken');
        return;
      case '/flaky':
        response.writeHead(flakyAnswered ? 200 : 503).end();
        flakyAnswered = true;
        return;
      case '/slow':
        return; // never answers
      default:
        response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Here</body></html>');
    }
  });
}

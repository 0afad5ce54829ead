// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failingLinks } from '@/lib/facts/links';
import { PoliteClient } from '@/lib/facts/polite-client';
import { startLinkServer, type LocalServer } from '../../helpers/local-server';

describe('failingLinks', () => {
  let links: LocalServer;
  beforeAll(async () => {
    links = await startLinkServer();
  });
  afterAll(() => links.close());

  it('reports dead, redirected-to-dead, broken and timing-out links where they are written, and passes live and redirected ones', async () => {
    const at = (path: string, line: number) => ({ url: `${links.url}${path}`, file: 'content/projects/x.md', line, field: 'sources, entry 1' });
    const addresses = [at('/live', 1), at('/dead', 2), at('/moved', 3), at('/moved-to-dead', 4), at('/slow', 5), at('/flaky', 6), at('/broken', 7), at('/dead', 8)];
    // Every request the client sends, when it sends it (a redirect is followed inside one).
    const sent: number[] = [];
    const client = new PoliteClient({
      delayMs: 50,
      timeoutMs: 2000,
      fetch: (input, init) => {
        sent.push(performance.now());
        return fetch(input, init);
      },
    });
    const { failing, checked } = await failingLinks(addresses, client);
    expect(checked).toBe(7);
    expect(failing.map(({ line, reason }) => `${line}: ${reason}`)).toEqual([
      '2: answers 404 Not Found',
      `4: answers 404 Not Found (redirected to ${links.url}/dead)`,
      '5: no answer within 2 s',
      '7: answers 500 Internal Server Error',
      // The same address written twice is asked for once and reported at both places.
      '8: answers 404 Not Found',
    ]);
    // A server error is tried once more, and only once.
    expect(links.requests.filter((path) => path === '/broken')).toHaveLength(2);
    expect(links.requests.filter((path) => path === '/flaky')).toHaveLength(2);
    // Politely: never two requests to the same host closer than the delay.
    const gaps = sent.slice(1).map((time, index) => time - sent[index]!);
    expect(sent).toHaveLength(9);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(45);
  }, 30_000);

  it('names a host that cannot be reached at all', async () => {
    const closed = await startLinkServer();
    await closed.close();
    const { failing } = await failingLinks([{ url: `${closed.url}/live`, file: 'content/site.md', line: 4, field: 'website' }], new PoliteClient({ delayMs: 0, timeoutMs: 1000 }));
    expect(failing).toEqual([{ url: `${closed.url}/live`, file: 'content/site.md', line: 4, field: 'website', reason: 'cannot be reached (ECONNREFUSED)' }]);
  }, 30_000);
});

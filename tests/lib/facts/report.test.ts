// @vitest-environment node
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsReport, NO_FINDINGS } from '@/lib/facts/report';
import { FIXTURES, makeContentFixture, type ContentFixture } from '../../helpers/content-fixture';
import { startCordisServer, startLinkServer, type LocalServer } from '../../helpers/local-server';

const today = new Date('2025-06-20T00:00:00Z');

describe('npm run facts', () => {
  let cordis: LocalServer;
  let links: LocalServer;
  let fixture: ContentFixture;
  // Content must link public https pages; the report's requests for them go to the local
  // servers instead, over real HTTP: CORDIS's pages to the CORDIS stand-in, the rest to the
  // link server (which answers 200 but for its few special paths).
  const viaLocalServers: typeof fetch = (input, init) => {
    const url = new URL(String(input));
    if (url.protocol !== 'https:') return fetch(input, init);
    const server = url.host === 'cordis.europa.eu' ? cordis : links;
    return fetch(`${server.url}${url.pathname}${url.search}`, init);
  };
  const settings = () => ({ cordisUrl: cordis.url, delayMs: 1, timeoutMs: 2000 });

  beforeAll(async () => {
    cordis = await startCordisServer({ '101000003': Infinity });
    links = await startLinkServer();
    fixture = await makeContentFixture(path.join(FIXTURES, 'facts'));
  });
  afterAll(async () => {
    await cordis.close();
    await links.close();
  });

  it('lists each difference from CORDIS, each review due and each failing link, with file and line', async () => {
    const report = await factsReport(fixture.contentDir, { settings: settings(), today, fetch: viaLocalServers });
    expect(report.exitCode).toBe(0);
    expect(report.findings).toBe(9);
    expect(report.lines.map((line) => line.replaceAll(cordis.url, 'CORDIS'))).toEqual([
      'Facts report on 2025-06-20: 4 projects compared with CORDIS (CORDIS), 21 web addresses checked.',
      '',
      'Differences from CORDIS: 5',
      'content/projects/alpha.md:3: fullName — CORDIS says Unleashing the Potential of Public Transport in Europe (record updated 2025-05-14)',
      'content/projects/alpha.md:6: programme — CORDIS says Horizon Europe (record updated 2025-05-14)',
      'content/projects/alpha.md:9: end — CORDIS says 2026-12-31 (record updated 2025-05-14)',
      'content/projects/down.md:5: grantAgreement — not compared: CORDIS answered 503 Service Unavailable for CORDIS/project/id/101000003/en?format=xml; try again later',
      "content/projects/gone.md:5: grantAgreement — CORDIS has no project with grant agreement 101099999; check the number (it is on the project's CORDIS page)",
      '',
      'Reviews due (more than 12 months old): 1',
      'content/projects/alpha.md:17: reviewed — the facts were last checked on 2024-05-31, more than 12 months ago; check this file against its sources, then set reviewed to that day',
      '',
      'Links that fail: 3',
      'content/projects/alpha.md:13: synergies, entry 1, url — https://links.example.org/broken answers 500 Internal Server Error',
      'content/projects/alpha.md:16: sources, entry 2 — https://links.example.org/dead answers 404 Not Found',
      'content/projects/alpha.md:21: description — https://links.example.org/slow no answer within 2 s',
      '',
      'Findings: 9. This report changes no file; correct the content by hand and set reviewed to the day you checked.',
    ]);
  }, 30_000);

  it('changes no file', async () => {
    const before = await snapshot(fixture.root);
    await factsReport(fixture.contentDir, { settings: settings(), today, fetch: viaLocalServers });
    expect(await snapshot(fixture.root)).toEqual(before);
  }, 30_000);

  it('ends with the all-clear line when nothing needs a look', async () => {
    const clean = await makeContentFixture();
    await clean.write('content/projects/alpha.md', (await readFile(path.join(fixture.contentDir, 'projects', 'netzerocities.md'), 'utf8')).replace('/flaky', '/'));
    const report = await factsReport(clean.contentDir, { settings: settings(), today, fetch: viaLocalServers });
    expect(report.findings).toBe(0);
    expect(report.lines.at(-1)).toBe(NO_FINDINGS);
  }, 30_000);

  it('cannot be made from content with problems, and says to run the check', async () => {
    const broken = await makeContentFixture();
    await broken.write('content/projects/alpha.md', '---\ntitle: ALPHA\n---\nNo fields.\n');
    const report = await factsReport(broken.contentDir, { settings: settings(), today, fetch: viaLocalServers });
    expect(report.exitCode).toBe(1);
    expect(report.lines[0]).toBe('The content has problems, so it cannot be compared with its sources; run npm run check and fix them first:');
    expect(report.lines.slice(1).every((line) => line.startsWith('content/projects/alpha.md'))).toBe(true);
  }, 30_000);
});

/** Every file under a folder with its size and time of change. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    const { size, mtimeMs } = await stat(file);
    files[path.relative(root, file)] = `${size}:${mtimeMs}:${await readFile(file, 'utf8')}`;
  }
  return files;
}

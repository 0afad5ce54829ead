// @vitest-environment node
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '@/lib/cli/check';
import { createProject, importProject, runNewProject } from '@/lib/cli/new-project';
import { createProjectSchema } from '@/lib/content/schema';
import { makeContentFixture } from '../../helpers/content-fixture';
import { startCordisServer, startLocalServer, type LocalServer } from '../../helpers/local-server';

// The fixture site's review dates are judged against its own day, so they never age into warnings.
const reviewDay = new Date('2025-06-15T00:00:00Z');

describe('npm run new', () => {
  it('creates a draft with every field, and the check then asks only for what is left to write', async () => {
    const fixture = await makeContentFixture();
    const result = await createProject('Test Initiative', fixture.contentDir);
    expect(result.ok).toBe(true);
    const file = path.join(fixture.contentDir, 'projects', 'test-initiative.md');
    const text = await readFile(file, 'utf8');
    for (const field of Object.keys(createProjectSchema([]).shape)) expect(text).toMatch(new RegExp(`^#? ?${field}:`, 'm'));
    expect(text).toContain('title: Test Initiative');
    expect(text).toContain('draft: true');

    const check = await runCheck(fixture.contentDir, { reviewDay });
    expect(check.exitCode).toBe(1);
    expect(check.lines).toEqual([
      'content/projects/test-initiative.md:10: summary — is empty; fill it in after the colon, for example: summary: Puts public transport at the heart of urban mobility in ten European cities.',
      'content/projects/test-initiative.md:13: website — is empty; fill it in after the colon, for example: website: https://www.upperprojecteu.eu/',
      'content/projects/test-initiative.md:17: sources, entry 1 — is empty; write it after the "- ", for example: - https://cordis.europa.eu/project/id/101095904',
      'content/projects/test-initiative.md:20: reviewed — is empty; fill it in after the colon, for example: reviewed: 2026-11-29',
      'content/projects/test-initiative.md:23: listed — is empty; fill it in after the colon, for example: listed: 2026-11-29',
      "content/projects/test-initiative.md:40: description — the description is still the template's example text; replace it with your own words about the project",
      '6 problems in 1 file',
    ]);
  });

  it('passes the check once the required fields are filled in', async () => {
    const fixture = await makeContentFixture();
    await createProject('Test Initiative', fixture.contentDir);
    const file = path.join(fixture.contentDir, 'projects', 'test-initiative.md');
    const filled = (await readFile(file, 'utf8'))
      .replace('summary:\n', 'summary: A test initiative.\n')
      .replace('website:\n', 'website: https://test.example.org/\n')
      .replace('sources:\n  -\n', 'sources:\n  - https://test.example.org/about\n')
      .replace('reviewed:\n', 'reviewed: 2025-06-01\n')
      .replace('listed:\n', 'listed: 2025-06-01\n')
      .replace(/^Describe [\s\S]*$/m, 'Test Initiative tries things out.\n');
    await fixture.write('content/projects/test-initiative.md', filled);
    expect(await runCheck(fixture.contentDir, { reviewDay })).toEqual({
      lines: ['OK: content/ has no problems (3 projects, 1 of them draft).'],
      exitCode: 0,
    });
  });

  it('never overwrites a file', async () => {
    const fixture = await makeContentFixture();
    const before = await readFile(path.join(fixture.contentDir, 'projects', 'alpha.md'), 'utf8');
    const result = await createProject('Alpha', fixture.contentDir);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/alpha\.md already exists; nothing was changed/);
    expect(await readFile(path.join(fixture.contentDir, 'projects', 'alpha.md'), 'utf8')).toBe(before);
  });
});

describe('npm run new -- --cordis <grant agreement>', () => {
  let cordis: LocalServer;
  // A day after the fixture site's review day, so the imported dates are in the past for the check.
  const today = new Date('2025-06-20T10:00:00Z');
  const settings = () => ({ cordisUrl: cordis.url, delayMs: 1, timeoutMs: 2000 });

  beforeAll(async () => {
    cordis = await startCordisServer({ '101095904': 1, '101000003': Infinity });
  });
  afterAll(() => cordis.close());

  it("writes UPPER's facts from CORDIS into the template, says what is left to write, and the check asks for nothing else", async () => {
    const fixture = await makeContentFixture();
    const result = await importProject('101095904', fixture.contentDir, { settings: settings(), today });
    expect(result.message.split('\n')).toEqual([
      `Created ${path.relative(process.cwd(), path.join(fixture.contentDir, 'projects', 'upper.md'))} from CORDIS project 101095904 (record updated 2025-05-14), as a draft. Filled in: title, fullName, grantAgreement, programme, start, end, coordinator, sources, listed and reviewed.`,
      "The partners' cities (6 from 7 organisations) are in the file as a commented list: CORDIS gives where partners are registered, not the cities the project works in, so choose the ones the page should show and give each its role.",
      'Still to write: summary, website, themes and the description. Preview it with npm run dev at /projects/upper/, then run npm run check.',
    ]);
    expect(result.ok).toBe(true);
    // The first answer was a server error: it was asked again.
    expect(cordis.requests.filter((request) => request.startsWith('/project/id/101095904/'))).toHaveLength(2);

    const text = await readFile(path.join(fixture.contentDir, 'projects', 'upper.md'), 'utf8');
    for (const line of [
      'title: UPPER',
      'fullName: Unleashing the Potential of Public Transport in Europe',
      'programme: Horizon Europe',
      'grantAgreement: "101095904"',
      'start: 2023-01-01',
      'end: 2026-12-31',
      'coordinator: UITP (Union Internationale des Transports Publics)',
      'sources:\n  - https://cordis.europa.eu/project/id/101095904',
      'reviewed: 2025-06-20',
      'listed: 2025-06-20',
      'draft: true',
      '#   - { name: Brussels, country: BE, role: }   # Union Internationale des Transports Publics (coordinator)',
      '#   - { name: Roma, country: IT, role: }   # Roma Servizi per la Mobilita SRL; Roma Capitale',
      '#   - { name: Thessaloniki, country: GR, role: }   # Organismos Astikon Sygkoinonion Thessalonikis',
    ]) {
      expect(text).toContain(line);
    }
    // Partners' cities are never written as the project's cities.
    expect(text).not.toMatch(/^cities:/m);

    const check = await runCheck(fixture.contentDir, { reviewDay: today });
    expect(check.lines.map((line) => line.replace(/^content\/projects\/upper\.md:\d+: /, ''))).toEqual([
      'summary — is empty; fill it in after the colon, for example: summary: Puts public transport at the heart of urban mobility in ten European cities.',
      'website — is empty; fill it in after the colon, for example: website: https://www.upperprojecteu.eu/',
      "description — the description is still the template's example text; replace it with your own words about the project",
      '3 problems in 1 file',
    ]);
  }, 30_000);

  it('imports a Horizon 2020 project, with a British partner as GB and a third party named as such', async () => {
    const fixture = await makeContentFixture();
    const result = await importProject('101036519', fixture.contentDir, { settings: settings(), today });
    expect(result.ok).toBe(true);
    const text = await readFile(path.join(fixture.contentDir, 'projects', 'netzerocities.md'), 'utf8');
    expect(text).toContain('programme: Horizon 2020');
    expect(text).toContain('coordinator: EIT Climate-KIC (Climate Kic Holding BV)');
    expect(text).toContain('#   - { name: London, country: GB, role: }   # Bankers Without Boundaries');
    expect(text).toContain('#   - { name: Berlin, country: DE, role: }   # Climate-Kic GmbH (third party)');
    expect(text).toContain('#   - { name: Freiburg im Breisgau, country: DE, role: }');
  }, 30_000);

  it('says which facts the record lacks, and leaves them out rather than empty', async () => {
    const fixture = await makeContentFixture();
    const result = await importProject('101000002', fixture.contentDir, { settings: settings(), today });
    expect(result.ok).toBe(true);
    expect(result.message.split('\n').filter((line) => line.startsWith('Missing:'))).toEqual([
      'Missing: CORDIS names no programme this tool knows, so programme is left out; write it, such as: programme: Horizon Europe',
      'Missing: CORDIS gives no end date, so end is left out; add it once a source gives it.',
      'Missing: CORDIS names no coordinator, so coordinator is left out; add it once a source gives it.',
    ]);
    const text = await readFile(path.join(fixture.contentDir, 'projects', 'fresh.md'), 'utf8');
    expect(text).toContain('# programme: Horizon Europe');
    expect(text).not.toMatch(/^(end|coordinator|programme):/m);
  }, 30_000);

  it('tells "no such project" (404) apart from "CORDIS unreachable" (503 twice, or no server), and writes nothing', async () => {
    const fixture = await makeContentFixture();
    const before = await readdir(path.join(fixture.contentDir, 'projects'));
    expect(await importProject('101099999', fixture.contentDir, { settings: settings(), today })).toEqual({
      ok: false,
      message: "CORDIS has no project with grant agreement 101099999; check the number (it is on the project's CORDIS page). Nothing was written.",
    });
    expect(await importProject('101000003', fixture.contentDir, { settings: settings(), today })).toEqual({
      ok: false,
      message: `CORDIS answered 503 Service Unavailable for ${cordis.url}/project/id/101000003/en?format=xml; try again later. Nothing was written.`,
    });
    const closed = await startLocalServer(() => undefined);
    await closed.close();
    const unreachable = await importProject('101095904', fixture.contentDir, { settings: { ...settings(), cordisUrl: closed.url }, today });
    expect(unreachable.ok).toBe(false);
    expect(unreachable.message).toMatch(/^CORDIS cannot be reached at http:\/\/127\.0\.0\.1:\d+\/project\/id\/101095904\/en\?format=xml: cannot be reached \(ECONNREFUSED\); try again later\. Nothing was written\.$/);
    expect(await readdir(path.join(fixture.contentDir, 'projects'))).toEqual(before);
  }, 30_000);

  it('refuses what is not a grant agreement number, and never overwrites a file', async () => {
    const fixture = await makeContentFixture();
    expect((await runNewProject(['--cordis', 'UPPER'], fixture.contentDir)).message).toBe(
      '"UPPER" is not a grant agreement number; give its 6 to 9 digits, for example: npm run new -- --cordis 101095904',
    );
    expect((await runNewProject(['--cordis'], fixture.contentDir)).message).toBe(
      'Give one grant agreement number after --cordis, for example: npm run new -- --cordis 101095904',
    );
    await fixture.write('content/projects/upper.md', 'an editor’s work');
    const again = await importProject('101095904', fixture.contentDir, { settings: settings(), today });
    expect(again.message).toMatch(/upper\.md already exists; nothing was changed/);
    expect(await readFile(path.join(fixture.contentDir, 'projects', 'upper.md'), 'utf8')).toBe('an editor’s work');
  }, 30_000);
});

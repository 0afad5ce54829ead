// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '@/lib/cli/check';
import { createProject } from '@/lib/cli/new-project';
import { createProjectSchema } from '@/lib/content/schema';
import { makeContentFixture } from '../../helpers/content-fixture';

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

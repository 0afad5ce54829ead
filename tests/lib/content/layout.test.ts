// @vitest-environment node
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '@/lib/cli/check';
import { activeContentDirectory, isExampleFolder, projectRootOf } from '@/lib/content/layout';
import { FIXTURES } from '../../helpers/content-fixture';

// Review dates are judged against a fixed day, so the fixture's dates never age into warnings.
const REVIEW_DAY = new Date('2025-06-15T00:00:00Z');

/** A copy laid out as Liaison ships: the fixture site as the example, nothing of its own yet. */
async function shippedCopy(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'liaison-layout-'));
  await mkdir(path.join(root, 'content'));
  await cp(path.join(FIXTURES, 'site', 'content'), path.join(root, 'content', 'example'), { recursive: true });
  await cp(path.join(FIXTURES, 'site', 'public'), path.join(root, 'public'), { recursive: true });
  await writeFile(path.join(root, 'content', 'README.md'), '# Guide\n');
  return root;
}

describe('where the content comes from', () => {
  it('is the example until content/site.md exists, then content/ itself', async () => {
    const root = await shippedCopy();
    expect(activeContentDirectory(root)).toBe(path.join(root, 'content', 'example'));
    await cp(path.join(FIXTURES, 'site', 'content'), path.join(root, 'content'), { recursive: true });
    expect(activeContentDirectory(root)).toBe(path.join(root, 'content'));
  });

  it('shares the project folder and its public/ between the example and a site of its own', () => {
    expect(isExampleFolder('/site/content/example')).toBe(true);
    expect(isExampleFolder('/site/content')).toBe(false);
    expect(isExampleFolder('/site/other/example')).toBe(false);
    expect(projectRootOf('/site/content/example')).toBe('/site');
    expect(projectRootOf('/site/content')).toBe('/site');
  });

  it('checks the example with its logos in public/, as content/example/…', async () => {
    const root = await shippedCopy();
    expect((await runCheck(activeContentDirectory(root), { reviewDay: REVIEW_DAY })).lines).toEqual(['OK: content/example/ has no problems (2 projects).']);
  });

  it('refuses a file put beside the example before adopting, which would otherwise be ignored', async () => {
    const root = await shippedCopy();
    await mkdir(path.join(root, 'content', 'projects'));
    await writeFile(path.join(root, 'content', 'projects', 'mine.md'), '---\ntitle: MINE\n---\n');
    const result = await runCheck(activeContentDirectory(root), { reviewDay: REVIEW_DAY });
    expect(result.exitCode).toBe(1);
    expect(result.lines).toEqual([
      'content/projects: file name — is not used: the site is built from content/example/ until content/site.md exists; run npm run adopt to make content/ your own, or move this into content/example/',
      '1 problem in 1 file',
    ]);
  });
});

describe('a site with nothing published yet', () => {
  it('is a warning in the check and a problem for the build, which needs one project page', async () => {
    const root = await shippedCopy();
    await cp(path.join(root, 'content', 'example'), path.join(root, 'content'), { recursive: true });
    for (const name of ['alpha.md', 'beta.md']) await rm(path.join(root, 'content', 'projects', name));
    const message = 'content/projects: has no published project yet, and the site is published with at least one: add one with npm run new -- "Name", or delete the line draft: true in one that is ready';
    expect((await runCheck(path.join(root, 'content'), { reviewDay: REVIEW_DAY })).lines).toEqual([message.replace('content/projects: ', 'content/projects: warning: '), 'OK: content/ has no problems (0 projects).']);
    const forBuild = await runCheck(path.join(root, 'content'), { reviewDay: REVIEW_DAY, forBuild: true });
    expect(forBuild).toEqual({ lines: [message, '1 problem in 1 file'], exitCode: 1 });
  });
});

// @vitest-environment node
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '@/lib/build-cache';
import { runCheck } from '@/lib/cli/check';
import { loadContent } from '@/lib/content/load';
import { FIXTURES, makeContentFixture } from '../../helpers/content-fixture';

const CORPUS = path.join(FIXTURES, 'check');
const cases = readdirSync(CORPUS).sort();
// Review dates are judged against a fixed day, so the corpus reads the same every year.
const reviewDay = new Date('2025-06-15T00:00:00Z');

// One folder per case: the file(s) to add to a valid fixture site, and the exact lines
// `npm run check` must print for them (tests/fixtures/check/<case>/expected.txt).
describe.each(cases)('content check: %s', (name) => {
  const expected = readFileSync(path.join(CORPUS, name, 'expected.txt'), 'utf8').trimEnd().split('\n');
  // Accepted files may still print warnings above the OK line.
  const accepted = expected.at(-1)?.startsWith('OK:') ?? false;

  it(`prints exactly the expected lines and exits ${accepted ? 0 : 1}`, async () => {
    const fixture = await makeContentFixture(path.join(CORPUS, name));
    const result = await runCheck(fixture.contentDir, { reviewDay });
    expect(result.lines).toEqual(expected);
    expect(result.exitCode).toBe(accepted ? 0 : 1);
  });

  it(accepted ? 'builds, alike from the build cache' : 'stops the build with the same problems, alike from the build cache', async () => {
    const fixture = await makeContentFixture(path.join(CORPUS, name));
    const options = { contentDir: fixture.contentDir, publicDir: fixture.publicDir, reviewDay, today: reviewDay };
    const outcome = (load: Promise<unknown>) => load.catch((caught: unknown) => caught);
    const plain = await outcome(loadContent(options));
    // The first load through a cache fills it (parsed files, rendered descriptions), the second reads it.
    const cache = new BuildCache(await mkdtemp(path.join(tmpdir(), 'liaison-corpus-cache-')));
    for (const pass of ['filling', 'reading']) expect(await outcome(loadContent({ ...options, cache })), pass).toEqual(plain);
    if (accepted) {
      expect(plain).not.toBeInstanceOf(Error);
    } else {
      expect(plain).toBeInstanceOf(Error);
      const message = (plain as Error).message;
      for (const line of expected.filter((text) => !text.includes(': warning: '))) expect(message).toContain(line);
    }
  });
});

// Each test starts npm and tsx, about 2 to 3 s alone; on 2 busy cores, beside other test
// files, more than Vitest's default 5 s.
describe('npm run check', { timeout: 30_000 }, () => {
  const exec = promisify(execFile);
  const root = path.resolve(import.meta.dirname, '..', '..', '..');

  it('reports every broken file in one run and exits 1', async () => {
    const fixture = await makeContentFixture(path.join(CORPUS, 'several-broken-files'));
    const run = exec('npm', ['run', '--silent', 'check'], {
      cwd: root,
      env: { ...process.env, LIAISON_CONTENT_DIR: fixture.contentDir },
    });
    const failure = (await run.catch((error: unknown) => error)) as { code: number; stdout: string };
    expect(failure.code).toBe(1);
    // The command judges review dates against the real today, so the fixtures' dates may
    // have aged into warnings; the problems are what this test is about.
    const problems = failure.stdout.trimEnd().split('\n').filter((line) => !line.includes(': warning: '));
    expect(problems.join('\n')).toBe(
      readFileSync(path.join(CORPUS, 'several-broken-files', 'expected.txt'), 'utf8').trimEnd(),
    );
  });

  it('passes on the real content, ending with the OK line', async () => {
    // Warnings (facts due for a review) may come first: editors own the content and its dates.
    const { stdout } = await exec('npm', ['run', '--silent', 'check'], { cwd: root });
    const lines = stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^OK: content\/(example\/)? has no problems \(\d+ projects?(, \d+ of them draft)?\)\.$/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^content\/\S+: warning: /);
  });
});

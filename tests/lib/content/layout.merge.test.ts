// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '@/lib/cli/check';
import { runAdopt } from '@/lib/cli/adopt';
import { ADOPTER_FLAGS, asArgs } from '../../helpers/adopter';
import { activeContentDirectory } from '@/lib/content/layout';

/**
 * Updates that merge (lib/content/layout.ts): a copy adopted by a new host, whose editors
 * touch only content/ and their own files in public/, takes a later upstream commit that
 * changes code and the example content with a plain `git merge`, without a conflict.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** The commands README.md gives for joining a repository made from the template, once. */
async function readmeJoinCommands(): Promise<string> {
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const after = readme.slice(readme.indexOf('join it once'));
  const block = /```sh\n([\s\S]*?)```/.exec(after)?.[1];
  if (!block) throw new Error('README.md has no commands after "join it once"');
  return block;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
}

/** The upstream: this project's content (the example included) and some of its code, as one commit on main. */
async function upstreamRepository(): Promise<string> {
  const upstream = await mkdtemp(path.join(tmpdir(), 'liaison-upstream-'));
  for (const entry of ['content', 'lib', 'package.json', 'README.md']) await cp(path.join(ROOT, entry), path.join(upstream, entry), { recursive: true });
  await mkdir(path.join(upstream, 'public', 'logos'), { recursive: true });
  await writeFile(path.join(upstream, 'public', 'logos', '.gitkeep'), '');
  git(upstream, 'init', '--quiet', '--initial-branch=main');
  git(upstream, 'add', '-A');
  git(upstream, 'commit', '--quiet', '-m', 'Liaison');
  return upstream;
}

/** What a new host does: adopt, then edit only content/ and add its own files to public/. */
async function adoptAndEdit(repository: string) {
  const lines: string[] = [];
  const code = await runAdopt({
    root: repository,
    argv: asArgs(ADOPTER_FLAGS),
    interactive: false,
    log: (line) => lines.push(line),
  });
  expect(code, lines.join('\n')).toBe(0);
  const site = path.join(repository, 'content', 'site.md');
  await writeFile(site, (await readFile(site, 'utf8')).replace(/\n---\n/, '\ncolour: "#1a7f37"\nlogo: /logos/tramlink.svg\n---\n'));
  await writeFile(path.join(repository, 'public', 'logos', 'tramlink.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>\n');
  await writeFile(
    path.join(repository, 'content', 'projects', 'railbridge.md'),
    '---\ntitle: RAILBRIDGE\nsummary: A partner of the adopter.\nwebsite: https://railbridge.example.eu/\nsources: [https://railbridge.example.eu/]\nreviewed: 2026-11-01\nlisted: 2026-11-01\n---\nIts own words.\n',
  );
  // The adopter's editors also turn an example draft into their own text.
  const [firstExample] = (await readdir(path.join(repository, 'content', 'projects'))).filter((name) => name !== 'railbridge.md' && name.endsWith('.md'));
  const own = path.join(repository, 'content', 'projects', firstExample!);
  await writeFile(own, (await readFile(own, 'utf8')).replace(/^summary: .*$/m, 'summary: Rewritten by the adopter.'));
  git(repository, 'add', '-A');
  git(repository, 'commit', '--quiet', '-m', 'Our own site');
}

/** A later upstream commit that changes code and every kind of example content. */
async function laterUpstreamChange(upstream: string) {
  const example = path.join(upstream, 'content', 'example');
  const append = async (file: string, text: string) => writeFile(file, `${await readFile(file, 'utf8')}${text}`);
  await append(path.join(upstream, 'lib', 'palette.ts'), '\n/** A later improvement upstream. */\nexport const LATER = true;\n');
  await append(path.join(upstream, 'README.md'), '\nA later paragraph.\n');
  await append(path.join(upstream, 'content', 'README.md'), '\nA later note for editors.\n');
  const projects = (await readdir(path.join(example, 'projects'))).sort();
  for (const name of projects) {
    const file = path.join(example, 'projects', name);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^summary: .*$/m, 'summary: Corrected upstream.'));
  }
  await writeFile(path.join(example, 'projects', 'later-example.md'), '---\ntitle: LATER\nsummary: A project the example host added later.\nwebsite: https://later.example.org/\nsources: [https://later.example.org/]\nreviewed: 2026-11-01\nlisted: 2026-11-01\n---\nLater.\n');
  const site = path.join(example, 'site.md');
  await writeFile(site, (await readFile(site, 'utf8')).replace(/^description: .*$/m, 'description: The example host, described again upstream.'));
  await append(path.join(example, 'accessibility.md'), '\nA later sentence upstream.\n');
  await append(path.join(example, 'themes.yml'), 'later-theme:\n  label: Later theme\n  description: A theme added upstream.\n');
  git(upstream, 'add', '-A');
  git(upstream, 'commit', '--quiet', '-m', 'Later: code and example content');
}

/** Merges upstream's main into the adopter's; the merge's output, or a failure with it. */
function mergeUpstream(repository: string): string {
  git(repository, 'fetch', '--quiet', 'upstream');
  return git(repository, 'merge', '--no-edit', 'upstream/main');
}

async function expectMergedCleanly(repository: string, upstream: string) {
  expect(git(repository, 'status', '--porcelain')).toBe('');
  expect(git(repository, 'diff', '--name-only', '--diff-filter=U')).toBe('');
  // Upstream's code and example changes arrived, the adopter's files are as they left them.
  expect(await readFile(path.join(repository, 'lib', 'palette.ts'), 'utf8')).toContain('export const LATER = true;');
  expect(await readFile(path.join(repository, 'content', 'example', 'site.md'), 'utf8')).toBe(await readFile(path.join(upstream, 'content', 'example', 'site.md'), 'utf8'));
  expect(await readFile(path.join(repository, 'content', 'site.md'), 'utf8')).toContain('name: TRAMLINK');
  expect(await readFile(path.join(repository, 'content', 'projects', 'railbridge.md'), 'utf8')).toContain('Its own words.');
  // The site is still the adopter's: built from content/, without the example's new project.
  expect(activeContentDirectory(repository)).toBe(path.join(repository, 'content'));
  expect(await readdir(path.join(repository, 'content', 'projects'))).not.toContain('later-example.md');
  const check = await runCheck(activeContentDirectory(repository));
  expect(check.lines.at(-1)).toMatch(/^OK: content\/ has no problems/);
  expect(check.exitCode).toBe(0);
}

describe('an adopted copy takes later upstream changes with a plain git merge', () => {
  it('when it was cloned: upstream as a remote, then git merge', async () => {
    const upstream = await upstreamRepository();
    const repository = await mkdtemp(path.join(tmpdir(), 'liaison-adopter-'));
    git(repository, 'clone', '--quiet', upstream, '.');
    git(repository, 'remote', 'rename', 'origin', 'upstream');
    await adoptAndEdit(repository);
    await laterUpstreamChange(upstream);
    mergeUpstream(repository);
    await expectMergedCleanly(repository, upstream);
  });

  it('when it was made with "Use this template": joined once to the upstream commit it started from, then git merge', async () => {
    const upstream = await upstreamRepository();
    // GitHub's "Use this template" copies the files into a first commit of a new history.
    const repository = await mkdtemp(path.join(tmpdir(), 'liaison-template-'));
    git(upstream, 'archive', '--format=tar', '--output', path.join(repository, 'snapshot.tar'), 'main');
    execFileSync('tar', ['-xf', 'snapshot.tar'], { cwd: repository });
    await rm(path.join(repository, 'snapshot.tar'));
    git(repository, 'init', '--quiet', '--initial-branch=main');
    git(repository, 'add', '-A');
    git(repository, 'commit', '--quiet', '-m', 'Initial commit');
    await adoptAndEdit(repository);
    await laterUpstreamChange(upstream);
    // The README's one-time join, run as written there: it finds the upstream commit whose
    // files the first commit holds, and records it as merged without taking anything from it.
    git(repository, 'remote', 'add', 'upstream', upstream);
    execFileSync('bash', ['-euo', 'pipefail', '-c', await readmeJoinCommands()], { cwd: repository, env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' } });
    expect(git(repository, 'log', '-1', '--format=%s')).toBe('Join the upstream history\n');
    mergeUpstream(repository);
    await expectMergedCleanly(repository, upstream);
  });
});

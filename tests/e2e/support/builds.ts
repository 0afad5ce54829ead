import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import { makeVariant, ROOT, runIn } from './servers';

/**
 * Builds that more than one suite file reads, made once per run of the suite: a full build
 * costs a minute or more on 2 cores, and the files run one after another. The first file
 * that asks builds; later files in the same run (support/run-id.ts names it) read the same
 * folder. A file run on its own builds what it needs.
 */

const VERCEL_BIN = path.join(ROOT, 'node_modules', '.bin', 'vercel');
const RUN_MARK = '.suite-run';

/** The folder of `name` in `.variants/`, built by `build` unless this run built it already. */
async function once(name: string, build: (folder: string) => Promise<void>): Promise<string> {
  const run = inject('suiteRun');
  const folder = path.join(ROOT, '.variants', name);
  const mark = path.join(folder, RUN_MARK);
  if (existsSync(mark) && (await readFile(mark, 'utf8')) === run) return folder;
  const made = await makeVariant(name);
  await build(made);
  await writeFile(mark, run);
  return made;
}

/**
 * The project built by Vercel's CLI offline (`vercel build`, the same builders Vercel runs)
 * in a clean copy of the sources, with the real content and the suite's SITE_URL. The
 * project link is what importing the repository creates: a project created now, with the
 * framework Vercel detects (Next.js); vercel.json must override it. Installing is Vercel's
 * business: the copy uses this project's node_modules.
 *
 * Read by vercel.e2e.test.ts (what Vercel deploys) and by reproducible-build.e2e.test.ts
 * (its `out/`, a second clean build of the same commit, against the suite's own).
 */
export async function vercelBuild(): Promise<{ folder: string; output: string }> {
  const folder = await once('vercel', async (copy) => {
    await mkdir(path.join(copy, '.vercel'), { recursive: true });
    await writeFile(
      path.join(copy, '.vercel', 'project.json'),
      JSON.stringify({
        projectId: 'prj_liaison_test',
        orgId: 'team_liaison_test',
        settings: { createdAt: Date.now(), framework: 'nextjs', installCommand: '' },
      }),
    );
    runIn(copy, VERCEL_BIN, ['build', '--yes'], { VERCEL_TELEMETRY_DISABLED: '1' });
  });
  return { folder, output: path.join(folder, '.vercel', 'output') };
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './servers';

/**
 * The build step of `.github/workflows/pages.yml` as GitHub runs it for a project site:
 * its command and its environment, with each `${{ … }}` replaced by what it stands for
 * there. configure-pages gives a project site's origin and `/<repository>` as its base
 * path. An expression this does not know fails the test rather than being guessed.
 */
export async function pagesBuildStep(site: { owner: string; repository: string }): Promise<{ command: string; env: Record<string, string> }> {
  const workflow = parse(await readFile(path.join(ROOT, '.github', 'workflows', 'pages.yml'), 'utf8')) as {
    jobs: Record<string, { steps: Array<{ name?: string; run?: string; env?: Record<string, string> }> }>;
  };
  const step = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((candidate) => candidate.name === 'Build');
  if (!step?.run) throw new Error('pages.yml has no step named "Build" with a command');
  const outputs: Record<string, string> = {
    'steps.pages.outputs.origin': `https://${site.owner}.github.io`,
    'steps.pages.outputs.base_path': `/${site.repository}`,
  };
  const env = Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
        const known = outputs[expression];
        if (known === undefined) throw new Error(`pages.yml's build uses \${{ ${expression} }}, which this test does not know`);
        return known;
      }),
    ]),
  );
  return { command: step.run, env };
}

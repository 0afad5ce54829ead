// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const VALIDATOR = path.join(ROOT, 'node_modules', '.bin', 'action-validator');
const exec = promisify(execFile);

/** action-validator checks a workflow against GitHub's schema for workflow files. */
async function validate(file: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await exec(VALIDATOR, [file]);
    return { ok: true, output: `${stdout}${stderr}` };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string };
    return { ok: false, output: `${failed.stdout}${failed.stderr}` };
  }
}

describe('GitHub workflows', () => {
  it.each(['ci.yml', 'daily-rebuild.yml', 'pages.yml'])('%s is a valid workflow', async (name) => {
    expect((await readdir(WORKFLOWS)).sort()).toContain(name);
    const result = await validate(path.join(WORKFLOWS, name));
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('the validator refuses a workflow with a misspelt key (it can fail)', async () => {
    const broken = (await readFile(path.join(WORKFLOWS, 'pages.yml'), 'utf8')).replace('    steps:\n', '    step:\n');
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'liaison-workflow-')), 'pages.yml');
    await writeFile(file, broken);
    expect((await validate(file)).ok).toBe(false);
  });

  it('pages.yml deploys out/ with the official Pages actions, built with the Pages address and base path', async () => {
    const workflow = parse(await readFile(path.join(WORKFLOWS, 'pages.yml'), 'utf8')) as {
      jobs: Record<string, { steps: Array<{ uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }> }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const actions = steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
    expect(actions).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('out');
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toMatchObject({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
  });
});

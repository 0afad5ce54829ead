// @vitest-environment node
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILD_CACHE_FOLDER } from '@/lib/build-cache';
import { NO_FINDINGS } from '@/lib/facts/report';

const execFileAsync = promisify(execFile);

const WORKFLOWS = path.resolve(import.meta.dirname, '..', '..', '.github', 'workflows');
const files = (await readdir(WORKFLOWS)).filter((name) => /\.ya?ml$/.test(name)).sort();

describe('GitHub Actions workflows', () => {
  it('are all found', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'content.yml', 'daily-rebuild.yml', 'facts.yml', 'pages.yml']));
  });

  it.each(files)('%s follows the workflow schema', async (name) => {
    const result = validateWorkflow(await readFile(path.join(WORKFLOWS, name), 'utf8'));
    expect(result.errors).toEqual([]);
  });

  it('catches a broken workflow (the validator is not a no-op)', () => {
    expect(validateWorkflow('on: push\njobs:\n  report:\n    runs-on: ubuntu-latest\n    step: []\n').errors).not.toEqual([]);
  });
});

describe('the GitHub Pages deployment', () => {
  it('deploys out/ with the official Pages actions, built with the Pages address and base path', async () => {
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

describe('the build cache in the workflows that build', () => {
  it.each(['pages.yml', 'content.yml'])('%s restores the folder the build uses, after npm ci empties node_modules and before the build', async (name) => {
    const workflow = parse(await readFile(path.join(WORKFLOWS, name), 'utf8')) as {
      jobs: Record<string, { steps?: Array<{ uses?: string; run?: string; with?: Record<string, string> }> }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
    const at = (test: (step: (typeof steps)[number]) => boolean) => steps.findIndex(test);
    const cache = at((step) => step.uses?.startsWith('actions/cache@') === true);
    expect(steps[cache]?.with?.path).toBe(path.posix.join('node_modules', ...BUILD_CACHE_FOLDER.split(path.sep)));
    expect(at((step) => step.run?.includes('npm ci') === true)).toBeLessThan(cache);
    expect(at((step) => step.run === 'npm run build')).toBeGreaterThan(cache);
  });
});

describe('the weekly facts report', () => {
  it('runs every week and by hand, with only the rights it needs, and runs npm run facts', async () => {
    const workflow = parse(await readFile(path.join(WORKFLOWS, 'facts.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      jobs: { report: { steps: Array<{ run?: string; env?: Record<string, string> }> } };
    };
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
    const steps = workflow.jobs.report.steps;
    expect(steps.some((step) => step.run?.includes('npm run --silent facts'))).toBe(true);
    // The workflow's own token, no personal one.
    expect(steps.find((step) => step.env?.GH_TOKEN)?.env?.GH_TOKEN).toBe('${{ github.token }}');
  });
});

describe('the weekly facts report keeps one issue', () => {
  // The step's own script, run by bash with a stand-in for the GitHub CLI that records
  // each call and answers `gh issue list` with the open issue given (if any).
  async function runIssueStep(report: string, openIssue?: number): Promise<{ calls: string[]; body?: string }> {
    const workflow = parse(await readFile(path.join(WORKFLOWS, 'facts.yml'), 'utf8')) as {
      jobs: { report: { env: Record<string, string>; steps: Array<{ name?: string; run?: string }> } };
    };
    const script = workflow.jobs.report.steps.find((step) => step.name === 'Open, update or close the issue')?.run;
    if (!script) throw new Error('facts.yml has no step "Open, update or close the issue"');
    const dir = await mkdtemp(path.join(tmpdir(), 'liaison-gh-'));
    await writeFile(path.join(dir, 'facts-report.txt'), report);
    const gh = path.join(dir, 'gh');
    await writeFile(
      gh,
      `#!/bin/bash\necho "gh $*" >> "${dir}/calls"\nif [ "$1 $2" = "issue list" ]; then echo "${openIssue ?? ''}"; fi\n`,
    );
    await chmod(gh, 0o755);
    await execFileAsync('bash', ['-c', script], {
      cwd: dir,
      env: { NODE_ENV: 'test', PATH: `${dir}:${process.env.PATH}`, ISSUE_TITLE: workflow.jobs.report.env.ISSUE_TITLE!, RUN_URL: 'https://github.example/run/1' },
    });
    return {
      calls: (await readFile(path.join(dir, 'calls'), 'utf8')).trim().split('\n'),
      body: await readFile(path.join(dir, 'issue-body.md'), 'utf8').catch(() => undefined),
    };
  }

  const findings = 'Facts report on 2026-12-07: …\n\nLinks that fail: 1\ncontent/projects/upper.md:31: sources, entry 3 — https://example.org/ answers 404 Not Found\n\nFindings: 1. …\n';

  it('opens it when there are findings and none is open', async () => {
    const { calls, body } = await runIssueStep(findings);
    expect(calls.slice(1)).toEqual(['gh issue create --title Weekly facts report --body-file issue-body.md']);
    expect(body).toContain(`\`\`\`text\n${findings}\`\`\``);
    expect(body).toContain('From [this run](https://github.example/run/1).');
  }, 30_000);

  it('updates the open one while there are findings', async () => {
    const { calls, body } = await runIssueStep(findings, 12);
    expect(calls.slice(1)).toEqual(['gh issue edit 12 --body-file issue-body.md']);
    expect(body).toContain(findings);
  }, 30_000);

  it('closes it once all is clean, and does nothing when none is open', async () => {
    const clean = `Facts report on 2026-12-14: …\n\n${NO_FINDINGS}\n`;
    expect((await runIssueStep(clean, 12)).calls.slice(1)).toEqual([`gh issue close 12 --comment All clear in [this week's run](https://github.example/run/1): ${NO_FINDINGS}`]);
    expect((await runIssueStep(clean)).calls).toEqual([expect.stringMatching(/^gh issue list /)]);
  }, 30_000);
});

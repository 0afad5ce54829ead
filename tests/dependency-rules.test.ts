// @vitest-environment node
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/** Runs dependency-cruiser as `npm run lint` does, with the repository's rules, in `cwd`. */
function depcruise(cwd: string) {
  const bin = path.join(root, 'node_modules', '.bin', 'depcruise');
  return spawnSync(bin, ['--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'err', 'app', 'components', 'lib'], { cwd, encoding: 'utf8' });
}

describe('the import rules (.dependency-cruiser.cjs)', () => {
  it('fail a backward import and a cycle, naming each', () => {
    const result = depcruise(path.join(root, 'tests', 'fixtures', 'dependency-rules'));
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/lib-not-to-components-or-app: lib\/reads-a-component\.ts → components\/Card\.ts/);
    expect(result.stdout).toMatch(/components-not-to-app: components\/Card\.ts → app\/page\.ts/);
    expect(result.stdout).toMatch(/no-circular: lib\/p[io]ng\.ts → /);
  }, 120_000);
});

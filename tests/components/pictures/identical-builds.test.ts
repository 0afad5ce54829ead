// @vitest-environment node
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const render = () =>
  promisify(execFile)(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'tests', 'helpers', 'render-pictures.tsx')], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });

// Two processes, as two builds are: nothing cached in one can make the other look the same.
it('draws the same map and timeline, byte for byte, in two separate builds of the same content', async () => {
  const [first, second] = await Promise.all([render(), render()]);
  expect(first.stdout).toContain('data-picture="map"');
  expect(first.stdout).toContain('data-picture="timeline"');
  expect(second.stdout).toBe(first.stdout);
}, 60_000);

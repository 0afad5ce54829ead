import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..', '..');

// Real browser, real servers: Debian's Chromium via playwright-core, nginx on the processed
// export, `next dev`, and Vercel's CLI building offline. One file at a time on 2 cores: run
// beside a browser suite (and on a machine others used too), the hostile-content and
// variants builds outgrew their 300 s and 240 s hook timeouts.
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['verbose'],
    env: { NEXT_TELEMETRY_DISABLED: '1' },
    // Names the run, so suite files share the builds of support/builds.ts.
    globalSetup: ['tests/e2e/support/run-id.ts'],
  },
});

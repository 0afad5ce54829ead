import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * The suite files that make full production builds of their own (or share one, through
 * support/builds.ts). Every other file reads the suite's build in out/.
 */
const BUILDING = ['explore', 'hostile-content', 'reproducible-build', 'scale', 'variants', 'vercel'].map((name) => `tests/e2e/${name}.e2e.test.ts`);

// Real browser, real servers: Debian's Chromium via playwright-core, nginx on the processed
// export, `next dev`, and Vercel's CLI building offline. Two projects, each one file at a
// time: `builds` (the files that build) and `out` (the files that read out/).
// `npm run test:e2e` runs the two side by side (tests/e2e/run.sh), so at most one build
// and one browser suite share the 2 cores: a build leaves a core idle much of the time
// (checking content, bundling, one page-generating worker, processing the export).
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['verbose'],
    env: { NEXT_TELEMETRY_DISABLED: '1' },
    // Names the run, so suite files share the builds of support/builds.ts.
    globalSetup: ['tests/e2e/support/run-id.ts'],
    projects: [
      { extends: true, test: { name: 'builds', include: BUILDING } },
      { extends: true, test: { name: 'out', include: ['tests/e2e/**/*.e2e.test.ts'], exclude: [...BUILDING, 'node_modules/**'] } },
    ],
  },
});

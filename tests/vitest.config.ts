import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

// Unit and component tests. Browser, server and HTML-validator checks live in tests/e2e
// and run against real builds (see README).
//
// Only the component and page tests (*.test.tsx, rendered with Testing Library) get a DOM:
// setting up jsdom and its matchers for every file cost about 40 s of the suite's 3 to 4
// minutes on 2 cores, for the 39 files that never touch a document. A test that needs one
// and is not .tsx says so with `// @vitest-environment jsdom`.
const DOM_TESTS = ['tests/**/*.test.tsx'];
const shared = {
  env: {
    NEXT_TELEMETRY_DISABLED: '1',
    // What `trailingSlash: true` in next.config.ts tells next/link at build time.
    __NEXT_TRAILING_SLASH: 'true',
  },
};

export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    projects: [
      {
        extends: true,
        test: { ...shared, name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', 'node_modules/**'], environment: 'node' },
      },
      {
        extends: true,
        test: { ...shared, name: 'dom', include: DOM_TESTS, exclude: ['tests/e2e/**', 'node_modules/**'], environment: 'jsdom', setupFiles: ['tests/setup.ts'] },
      },
    ],
  },
});

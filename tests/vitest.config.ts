import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

// Unit and component tests. Browser, server and HTML-validator checks live in tests/e2e
// and run against real builds (see README).
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      // What `trailingSlash: true` in next.config.ts tells next/link at build time.
      __NEXT_TRAILING_SLASH: 'true',
    },
  },
});

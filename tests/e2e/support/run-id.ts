import { randomUUID } from 'node:crypto';
import type { TestProject } from 'vitest/node';

/**
 * Vitest's global setup for the browser suite: names this run, so that a build one suite
 * file makes can be read by the next ones (support/builds.ts) and is never mistaken for a
 * build left in `.variants/` by an earlier run, made from other sources.
 */
export default function setup(project: TestProject): void {
  project.provide('suiteRun', randomUUID());
}

declare module 'vitest' {
  export interface ProvidedContext {
    suiteRun: string;
  }
}

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from '@/lib/serve/free-port';
import { startNginx as startSiteNginx, waitUntilServing } from '@/lib/serve/nginx';

export { freePort };

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * The address the test builds are made for: a production build needs one (SITE_URL), and
 * the absolute addresses it writes must point at it. `npm run test:e2e` builds out/ with
 * the same value (package.json).
 */
export const TEST_SITE_URL = 'https://liaison.example.org';

/** A server the suite started, and how to stop it. */
export interface RunningServer {
  name: string;
  baseUrl: string;
  stop(): Promise<void>;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

/**
 * Runs `next dev` on a free loopback port. Started as node running Next's own entry
 * point, so the process id we stop is the server itself (the `next` wrapper script would
 * leave a child server behind).
 */
export async function startDevServer(folder: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const command = 'dev';
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [NEXT_BIN, command, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: folder,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilServing(baseUrl, child, () => output);
  return { name: `next ${command}`, baseUrl, stop: stopper(child) };
}

/** Copies the site's sources into `.variants/<name>/` to build it with other settings. */
export async function makeVariant(name: string): Promise<string> {
  // Inside the project, and without a lockfile of its own, so Next.js treats the project
  // as the workspace root and resolves packages from its node_modules.
  const folder = path.join(ROOT, '.variants', name);
  await rm(folder, { recursive: true, force: true });
  const sources = ['app', 'components', 'lib', 'content', 'public', 'next.config.ts', 'tailwind.config.ts', 'tsconfig.json', '.postcssrc.json', 'package.json', 'vercel.json'];
  for (const entry of sources) await cp(path.join(ROOT, entry), path.join(folder, entry), { recursive: true });
  return folder;
}

/**
 * Runs a command of the project's (`npm run build`, `vercel build`) in a folder with extra
 * environment (SITE_URL is the tests' own unless given), and fails with its output if it
 * fails. It gets the environment a shell has: without Vitest's NODE_ENV=test, with which
 * Next.js builds another stylesheet than `npm run build` does, so a build from the suite
 * would not be what production gets.
 */
export function runIn(folder: string, command: string, args: string[], env: Record<string, string> = {}): string {
  // Node leaves out variables set to undefined; the typings insist on a NODE_ENV.
  const shellEnv: Record<string, string | undefined> = { ...process.env, NODE_ENV: undefined, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: TEST_SITE_URL, ...env };
  const run = spawnSync(command, args, {
    cwd: folder,
    env: shellEnv as NodeJS.ProcessEnv,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return `${run.stdout}${run.stderr}`;
}

/**
 * nginx serving a folder with `deploy/nginx.conf`, as a host would: the config is used as
 * written, with only its `listen` port and `root` folder changed (lib/serve/nginx.ts, which
 * `npm start` uses too).
 */
export async function startNginx(folder = path.join(ROOT, 'out')): Promise<RunningServer> {
  if (folder === path.join(ROOT, 'out') && !existsSync(path.join(folder, 'index.html'))) {
    throw new Error('There is no build in out/: run `npm run build` first.');
  }
  const server = await startSiteNginx({ projectRoot: ROOT, folder, host: '127.0.0.1', port: await freePort() });
  return { name: 'nginx', baseUrl: server.baseUrl, stop: server.stop };
}

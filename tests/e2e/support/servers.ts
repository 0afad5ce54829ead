import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** A server the suite started, and how to stop it. */
export interface RunningServer {
  name: string;
  baseUrl: string;
  stop(): Promise<void>;
}

/** A free port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${log()}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`The server did not answer at ${url} within 60 s:\n${log()}`);
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
 * Runs `next <command>` as a server on a free loopback port. Started as node running
 * Next's own entry point, so the process id we stop is the server itself (the `next`
 * wrapper script would leave a child server behind).
 */
async function startNext(command: 'start' | 'dev', folder: string, env: Record<string, string>): Promise<RunningServer> {
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

/** `next start` on the production build in `.next/`. */
export async function startNextServer(): Promise<RunningServer> {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('There is no production build: run `npm run build` first.');
  }
  return startNext('start', ROOT, {});
}

/** `next dev` in a folder, for what only development mode shows (drafts). */
export function startDevServer(folder: string, env: Record<string, string> = {}): Promise<RunningServer> {
  return startNext('dev', folder, env);
}

/** Copies the site's sources into `.variants/<name>/` to build it with other settings. */
export async function makeVariant(name: string): Promise<string> {
  // Inside the project, and without a lockfile of its own, so Next.js treats the project
  // as the workspace root and resolves packages from its node_modules.
  const folder = path.join(ROOT, '.variants', name);
  await rm(folder, { recursive: true, force: true });
  const sources = ['app', 'components', 'lib', 'content', 'public', 'next.config.ts', 'tailwind.config.ts', 'tsconfig.json', '.postcssrc.json', 'package.json'];
  for (const entry of sources) await cp(path.join(ROOT, entry), path.join(folder, entry), { recursive: true });
  return folder;
}

/** Runs `next` in a folder with extra environment, and fails with its output if it fails. */
export function runNext(folder: string, args: string[], env: Record<string, string>): void {
  const run = spawnSync(process.execPath, [NEXT_BIN, ...args], {
    cwd: folder,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`next ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
}

/** nginx's binary, from PATH or where Debian puts it. */
function nginxBinary(): string {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim();
  if (!found) {
    throw new Error('No nginx found: install it (Debian/Ubuntu: sudo apt-get install nginx).');
  }
  return found.split('\n')[0]!;
}

/**
 * nginx serving a folder with `deploy/nginx.conf`, as a host would: the config is used as
 * written, with only its `listen` port and `root` folder changed.
 */
export async function startNginx(folder = path.join(ROOT, 'out')): Promise<RunningServer> {
  if (folder === path.join(ROOT, 'out') && !existsSync(path.join(folder, 'index.html'))) {
    throw new Error('There is no static export: run `npm run build:static` first.');
  }
  const siteConfig = path.join(ROOT, 'deploy', 'nginx.conf');
  const port = await freePort();
  const work = await mkdtemp(path.join(tmpdir(), 'liaison-nginx-'));
  const site = (await readFile(siteConfig, 'utf8'))
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${folder};`);
  await writeFile(path.join(work, 'site.conf'), site);
  await writeFile(
    path.join(work, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${work}/nginx.pid;`,
      `error_log ${work}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${work}/${kind};`),
      `  include ${work}/site.conf;`,
      '}',
    ].join('\n'),
  );
  let output = '';
  const child = spawn(nginxBinary(), ['-c', path.join(work, 'nginx.conf'), '-p', work, '-e', path.join(work, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilServing(baseUrl, child, () => output);
  return { name: 'nginx', baseUrl, stop: stopper(child) };
}

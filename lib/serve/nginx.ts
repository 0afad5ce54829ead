import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The nginx config for static hosting, relative to the project root. */
export const NGINX_CONF = path.join('deploy', 'nginx.conf');

/** nginx serving a folder, and how to stop it. */
export interface NginxServer {
  baseUrl: string;
  process: ChildProcess;
  /**
   * Settles once nginx has exited, for whatever reason, and its temporary prefix is gone,
   * with its exit code. Wait on this, not on the process's own `exit` event, before
   * ending the program: that event comes before the clean-up.
   */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** nginx's binary, from PATH or where Debian puts it. */
export function nginxBinary(): string {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error('No nginx found: install it (Debian/Ubuntu: sudo apt-get install nginx).');
  return found.split('\n')[0]!;
}

/**
 * `deploy/nginx.conf` as written, with only its `listen` address and `root` folder changed:
 * `npm start`, the tests and the benchmark serve exactly what a production nginx serves.
 */
export async function siteConfig(projectRoot: string, folder: string, listen: string): Promise<string> {
  return (await readFile(path.join(projectRoot, NGINX_CONF), 'utf8'))
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen ${listen};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${folder};`);
}

/**
 * Starts nginx in the foreground as an unprivileged-style instance: its own temporary
 * prefix, pid file and logs, so it needs no system setup and leaves nothing behind.
 * Resolves once it answers; `stop()` ends it.
 */
export async function startNginx(options: {
  projectRoot: string;
  folder: string;
  host: string;
  port: number;
  /** Changes the config before use; only the benchmark does, to serve the old policy. */
  adjustConfig?: (config: string) => string;
}): Promise<NginxServer> {
  const { projectRoot, folder, host, port, adjustConfig = (config) => config } = options;
  // Otherwise whatever already answers there (often `npm run dev`) would pass for us.
  await assertPortFree(host, port);
  const work = await mkdtemp(path.join(tmpdir(), 'liaison-nginx-'));
  await chmod(work, 0o755);
  await writeFile(path.join(work, 'site.conf'), adjustConfig(await siteConfig(projectRoot, folder, `${host}:${port}`)));
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
  // However nginx ends (stopped, killed, or failed to start), its prefix is removed.
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code))).then(async (code) => {
    await rm(work, { recursive: true, force: true });
    return code;
  });
  const baseUrl = `http://${host}:${port}`;
  await waitUntilServing(baseUrl, child, () => output);
  return {
    baseUrl,
    process: child,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Fails with a message that says what to do when something already listens on the port. */
async function assertPortFree(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} on ${host} is already in use (is \`npm run dev\` still running?); stop that server, or choose another port with PORT=3456.`)
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Waits until a server answers at `url`, or fails with its output. */
export async function waitUntilServing(url: string, child: ChildProcess, log: () => string): Promise<void> {
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

import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { freePort } from '../serve/free-port';
import { waitUntilServing } from '../serve/nginx';

/** decap-server, the CMS's local backend, running on a free loopback port, and how to stop it. */
export interface LocalBackend {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts decap-server on `repository` (the folder holding content/ and public/): the CMS
 * then reads and writes those files directly, with no account and no git. It listens on
 * the loopback interface only.
 */
export async function startLocalBackend(repository: string, { quiet = false } = {}): Promise<LocalBackend> {
  const port = await freePort();
  const bin = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  let output = '';
  const child = spawn(process.execPath, [bin], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repository, MODE: 'fs', LOG_LEVEL: quiet ? 'error' : 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${url}/api/v1`, child, () => output);
  return {
    url,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

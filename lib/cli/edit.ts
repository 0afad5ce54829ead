import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCAL_BACKEND_SETTING } from '../admin/local-backend';
import { ADMIN_FOLDER } from '../admin/paths';
import { startLocalBackend } from '../admin/start-local-backend';

/**
 * `npm run edit`: editing in the browser without any account. Starts the CMS's local
 * backend (decap-server, on a free port, writing the files in this folder) and the
 * editing server of `npm run dev`, which forwards /admin/local-backend/ to it. Open
 * /admin/ on the address printed; Ctrl+C stops both. PORT changes the port (3000).
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // What `npm run dev` does before it starts Next.js.
  for (const script of ['enhancements', 'admin']) {
    if (spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' }).status !== 0) process.exit(1);
  }
  const backend = await startLocalBackend(path.resolve(), { quiet: true });
  const port = process.env.PORT ?? '3000';
  console.log(`The CMS's local backend writes to ${path.resolve()}. Once the site is ready, open http://localhost:${port}/${ADMIN_FOLDER}/ to edit.`);
  // Next.js's own entry point, so the process stopped below is the server itself (npm or
  // the `next` wrapper would leave the server running).
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const dev = spawn(process.execPath, [next, 'dev', '-p', port], {
    env: { ...process.env, [LOCAL_BACKEND_SETTING]: backend.url },
    stdio: 'inherit',
  });
  const stop = () => {
    dev.kill('SIGTERM');
    void backend.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  dev.once('exit', (code) => {
    void backend.stop().then(() => process.exit(code ?? 0));
  });
}

import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCAL_BACKEND_SETTING } from '../admin/local-backend';
import { ADMIN_FOLDER } from '../admin/paths';
import { startLocalBackend } from '../admin/start-local-backend';

/**
 * `npm run edit`: editing in the browser without any account. Starts the CMS's local
 * backend (decap-server, on a free port, writing the files in this folder) and
 * `npm run dev`, which forwards /admin/local-backend/ to it. Open /admin/ on the address
 * `npm run dev` prints; Ctrl+C stops both.
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const backend = await startLocalBackend(path.resolve(), { quiet: true });
  const port = process.env.PORT ?? '3000';
  console.log(`The CMS's local backend writes to ${path.resolve()}. Once the site is ready, open http://localhost:${port}/${ADMIN_FOLDER}/ to edit.`);
  const dev = spawn('npm', ['run', '--silent', 'dev', '--', '-p', port], {
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

import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startNginx, type NginxServer } from '../serve/nginx';

/**
 * `npm start`: serves the processed `out/` at http://localhost:3000 with nginx and
 * `deploy/nginx.conf`, the tested production config: the same clean URLs, 404 page,
 * caching, gzip and security headers as production, rather than a look-alike server.
 * PORT changes the port.
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folder = path.resolve('out');
  if (!existsSync(path.join(folder, 'index.html'))) {
    console.error('There is no build in out/: run `npm run build` first.');
    process.exit(1);
  }
  const written = process.env.PORT?.trim() || '3000';
  const port = Number(written);
  if (!/^\d+$/.test(written) || port < 1 || port > 65535) {
    console.error(`PORT is "${written}", which is not a port; write a number from 1 to 65535, such as PORT=3456, or leave it unset for 3000.`);
    process.exit(1);
  }
  let server: NginxServer;
  try {
    server = await startNginx({ projectRoot: process.cwd(), folder, host: '127.0.0.1', port });
  } catch (error) {
    // What went wrong and what to do, without a stack trace (a busy port, no nginx).
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log(`Serving out/ with deploy/nginx.conf at ${server.baseUrl}/ (Ctrl+C stops it).`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void server.stop());
  }
  // Exit once nginx is gone and its temporary folder removed, however it ended.
  void server.exited.then((code) => process.exit(code ?? 0));
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startNginx } from '../serve/nginx';

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
  const port = Number(process.env.PORT ?? 3000);
  const server = await startNginx({ projectRoot: process.cwd(), folder, host: '127.0.0.1', port });
  console.log(`Serving out/ with deploy/nginx.conf at ${server.baseUrl}/ (Ctrl+C stops it).`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void server.stop().then(() => process.exit(0)));
  }
  server.process.once('exit', (code) => process.exit(code ?? 0));
}

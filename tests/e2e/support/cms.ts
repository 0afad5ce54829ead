import { cp, mkdtemp } from 'node:fs/promises';
import { renderToStaticMarkup } from 'react-dom/server';
import ProjectPage from '@/app/projects/[slug]/page';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LOCAL_BACKEND_PATH } from '@/lib/admin/cms-config';
import { activeContentDirectory } from '@/lib/content/layout';
import { startLocalBackend, type LocalBackend } from '@/lib/admin/start-local-backend';
import { freePort } from '@/lib/serve/free-port';
import { startNginx } from '@/lib/serve/nginx';
import { ROOT, type RunningServer } from './servers';

/**
 * A temporary copy of the project's content/ and public/logos/, for the CMS to edit, and
 * the content folder in it that the site is built from (and the suite's form names):
 * content/example/ until the project is adopted, content/ after.
 */
export async function copyOfContent(): Promise<{ repository: string; contentDir: string }> {
  const repository = await mkdtemp(path.join(tmpdir(), 'liaison-cms-'));
  await cp(path.join(ROOT, 'content'), path.join(repository, 'content'), { recursive: true });
  await cp(path.join(ROOT, 'public', 'logos'), path.join(repository, 'public', 'logos'), { recursive: true });
  return { repository, contentDir: path.join(repository, path.relative(ROOT, activeContentDirectory(ROOT))) };
}

/**
 * The CMS as `npm run edit` runs it, but on the built site: nginx serves out/ with
 * deploy/nginx.conf (so /admin/ gets its production headers), and forwards
 * /admin/local-backend/ to decap-server editing `repository`, as next dev does.
 */
export async function startCms(repository: string): Promise<{ server: RunningServer; backend: LocalBackend }> {
  const backend = await startLocalBackend(repository, { quiet: true });
  const forward = `    location ^~ ${LOCAL_BACKEND_PATH.replace(/api\/v1$/, '')} {\n        proxy_pass ${backend.url}/;\n        client_max_body_size 50m;\n    }\n`;
  const nginx = await startNginx({
    projectRoot: ROOT,
    folder: path.join(ROOT, 'out'),
    host: '127.0.0.1',
    port: await freePort(),
    adjustConfig: (config) => config.replace(/\n}\s*$/, `\n${forward}}\n`),
  });
  return { server: { name: 'nginx with the CMS local backend', baseUrl: nginx.baseUrl, stop: nginx.stop }, backend };
}

/**
 * A project's page as the build renders it, from another content folder: the site's own
 * page module, read with the settings a build reads (LIAISON_CONTENT_DIR), outside Next.js.
 */
export async function renderProjectPage(contentDir: string, slug: string): Promise<string> {
  const saved = process.env.LIAISON_CONTENT_DIR;
  process.env.LIAISON_CONTENT_DIR = contentDir;
  try {
    return renderToStaticMarkup(await ProjectPage({ params: Promise.resolve({ slug }) } as PageProps<'/projects/[slug]'>));
  } finally {
    if (saved === undefined) delete process.env.LIAISON_CONTENT_DIR;
    else process.env.LIAISON_CONTENT_DIR = saved;
  }
}

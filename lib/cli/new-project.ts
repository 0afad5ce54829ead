import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDirectory } from '../settings';
import { slugify } from '../content/slugify';
import { projectTemplate } from '../content/template';
import { themeIds } from './content-docs';
import { projectPath } from '../routes';

/** Creates `content/projects/<slug>.md`; never overwrites. Returns what to tell the editor. */
export async function createProject(name: string, contentDir: string): Promise<{ ok: boolean; message: string }> {
  const slug = slugify(name);
  if (!slug) return { ok: false, message: 'Give the project a name, for example: npm run new -- "Project name"' };
  const file = path.join(contentDir, 'projects', `${slug}.md`);
  const shown = path.relative(process.cwd(), file);
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists) return { ok: false, message: `${shown} already exists; nothing was changed. Edit that file, or choose another name.` };
  await writeFile(file, projectTemplate(name, await themeIds(contentDir)), { flag: 'wx' });
  return {
    ok: true,
    message: `Created ${shown}. Fill in its fields, preview it with npm run dev at ${projectPath(slug)}, then run npm run check.`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await createProject(process.argv.slice(2).join(' ').trim(), contentDirectory());
  console.log(result.message);
  process.exitCode = result.ok ? 0 : 1;
}

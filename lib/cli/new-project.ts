import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDirectory } from '../content';
import { projectFields, yamlLine } from '../content/fields-doc';
import { slugify } from '../content/load';
import { themeIds } from './content-docs';

/**
 * A new project file with every field: the required ones to fill in, the optional ones
 * commented out with an example. It starts as a draft, so nothing half-written is published.
 */
export function projectTemplate(name: string, ids: readonly string[]): string {
  const fields = projectFields(ids);
  const lines = [
    '---',
    '# yaml-language-server: $schema=../project.schema.json',
    '# Fill in the required fields, then run: npm run check',
    '# Every field is explained in content/README.md.',
  ];
  for (const field of fields.filter((field) => field.required)) {
    lines.push('', `# ${field.description}`);
    if (field.name === 'title') lines.push(yamlLine('title', name));
    else if (field.type.startsWith('list')) lines.push(`${field.name}:`, '  -');
    else lines.push(`${field.name}:`);
  }
  lines.push('', '# Optional: to use one, remove the # at the start of its line and change the example.');
  for (const field of fields.filter((field) => !field.required && field.name !== 'draft')) {
    lines.push(`# ${field.example ?? `${field.name}:`}`);
  }
  lines.push(
    '',
    '# Shown in `npm run dev` only. Delete this line to publish the project.',
    'draft: true',
    '---',
    `Describe ${name} here in your own words: what it does, with whom, and how it works with`,
    'the host project. Use ## for headings.',
    '',
  );
  return lines.join('\n');
}

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
    message: `Created ${shown}. Fill in its fields, preview it with npm run dev at /projects/${slug}/, then run npm run check.`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await createProject(process.argv.slice(2).join(' ').trim(), contentDirectory());
  console.log(result.message);
  process.exitCode = result.ok ? 0 : 1;
}

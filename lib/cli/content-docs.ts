import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { fieldTable, projectFields, projectJsonSchema } from '../content/fields-doc';
import { themesSchema } from '../content/schema';

/**
 * The generated parts of the editors' documentation: the JSON Schema for project files and
 * the field table in content/README.md, both from lib/content/schema.ts and the themes.
 */

const TABLE = /(<!-- BEGIN field table[^\n]*-->\n)[\s\S]*?(<!-- END field table -->)/;

/** The theme ids in a content folder's themes.yml. */
export async function themeIds(contentDir: string): Promise<string[]> {
  const raw = parse(await readFile(path.join(contentDir, 'themes.yml'), 'utf8'));
  return Object.keys(themesSchema.parse(raw ?? {}));
}

/** The JSON Schema file's text. */
export function jsonSchemaText(ids: readonly string[]): string {
  return `${JSON.stringify({ ...projectJsonSchema(ids), title: 'Liaison project file' }, null, 2)}\n`;
}

/** The guide with its field table replaced by the current one. */
export function withFieldTable(guide: string, ids: readonly string[]): string {
  if (!TABLE.test(guide)) throw new Error('content/README.md has no "<!-- BEGIN field table -->" … "<!-- END field table -->" block');
  return guide.replace(TABLE, (_, begin: string, end: string) => `${begin}${fieldTable(projectFields(ids))}\n${end}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const contentDir = path.resolve('content');
  const ids = await themeIds(contentDir);
  await writeFile(path.join(contentDir, 'project.schema.json'), jsonSchemaText(ids));
  const guidePath = path.join(contentDir, 'README.md');
  await writeFile(guidePath, withFieldTable(await readFile(guidePath, 'utf8'), ids));
  console.log('Updated content/project.schema.json and the field table in content/README.md.');
}

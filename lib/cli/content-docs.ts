import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDirectory } from '../settings';
import { fieldTable, projectFields, projectJsonSchema } from '../content/fields-doc';
import { isExampleFolder } from '../content/layout';
import { loadThemes } from '../content/load';
import { ContentError, formatProblem, summarizeProblems } from '../content/problems';

/**
 * The generated parts of the editors' documentation: the JSON Schema for project files,
 * and the field table in content/README.md, both from lib/content/schema.ts (and the field
 * table's theme list from the themes). The CMS's form comes from the same schema when
 * `npm run admin` puts the admin together (lib/admin/cms-config.ts).
 */

const TABLE = /(<!-- BEGIN field table[^\n]*-->\n)[\s\S]*?(<!-- END field table -->)/;

/**
 * The theme ids in a content folder's themes.yml, read by the loader; a ContentError with
 * the check's own messages if the file cannot be used.
 */
export async function themeIds(contentDir: string): Promise<string[]> {
  const { themes, problems } = await loadThemes(contentDir);
  if (!themes) throw new ContentError(problems);
  return themes.map((theme) => theme.id);
}

/**
 * The JSON Schema file's text. It does not list the theme ids: it would then have to be
 * regenerated whenever an editor adds a theme, which an editor working in the browser
 * cannot do; `npm run check` offers the known themes instead.
 */
export function jsonSchemaText(): string {
  return `${JSON.stringify({ ...projectJsonSchema(), title: 'Liaison project file' }, null, 2)}\n`;
}

/** The guide with its field table replaced by the current one. */
export function withFieldTable(guide: string, ids: readonly string[]): string {
  if (!TABLE.test(guide)) throw new Error('content/README.md has no "<!-- BEGIN field table -->" … "<!-- END field table -->" block');
  return guide.replace(TABLE, (_, begin: string, end: string) => `${begin}${fieldTable(projectFields(ids))}\n${end}`);
}

/**
 * The folder with the editors' guide and the JSON Schema: the content folder, or `content/`
 * for the example host in `content/example/`, which shares them (lib/content/layout.ts).
 */
export function docsDirectory(contentDir: string): string {
  return isExampleFolder(contentDir) ? path.dirname(contentDir) : contentDir;
}

/**
 * Rewrites the generated files beside a content folder: `project.schema.json`, and the
 * field table in its README.md when it has one (a test folder may not).
 */
export async function writeContentDocs(contentDir: string): Promise<string[]> {
  const ids = await themeIds(contentDir);
  const docs = docsDirectory(contentDir);
  const written = [path.join(docs, 'project.schema.json')];
  await writeFile(written[0]!, jsonSchemaText());
  const guidePath = path.join(docs, 'README.md');
  const guide = await readFile(guidePath, 'utf8').catch(() => undefined);
  if (guide !== undefined) {
    await writeFile(guidePath, withFieldTable(guide, ids));
    written.push(guidePath);
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const written = await writeContentDocs(contentDirectory());
    console.log(`Updated ${written.map((file) => path.relative(process.cwd(), file)).join(', ')}.`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.log([...error.problems.map(formatProblem), summarizeProblems(error.problems)].join('\n'));
    process.exitCode = 1;
  }
}

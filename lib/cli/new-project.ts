import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDirectory } from '../settings';
import { GRANT_AGREEMENT } from '../content/fields';
import { slugify } from '../content/slugify';
import { projectTemplate, type TemplateValues } from '../content/template';
import { lookUpCordisProject } from '../facts/cordis';
import { importedFacts } from '../facts/import';
import { PoliteClient } from '../facts/polite-client';
import { factsSettings, type FactsSettings } from '../settings';
import { docsDirectory, themeIds } from './content-docs';
import { projectPath } from '../routes';

/** What `npm run new` tells the editor, and whether it succeeded. */
export interface NewProjectResult {
  ok: boolean;
  message: string;
}

/** Creates `content/projects/<slug>.md`; never overwrites. Returns what to tell the editor. */
export async function createProject(name: string, contentDir: string): Promise<NewProjectResult> {
  const slug = slugify(name);
  if (!slug) return { ok: false, message: 'Give the project a name, for example: npm run new -- "Project name"' };
  const written = await writeProjectFile(slug, contentDir, projectTemplate(name, await themeIds(contentDir), { schemaPath: schemaPathFrom(contentDir) }));
  if (!written.ok) return { ok: false, message: written.message };
  return {
    ok: true,
    message: `Created ${written.shown}. Fill in its fields, preview it with npm run dev at ${projectPath(slug)}, then run npm run check.`,
  };
}

/**
 * Creates a project file from the project's record on CORDIS: the same template, with the
 * facts CORDIS gives filled in and the partners' cities as a commented suggestion. Says
 * which facts the record lacks, and what the editor still writes.
 */
export async function importProject(
  grantAgreement: string,
  contentDir: string,
  { settings = factsSettings(), today = new Date() }: { settings?: FactsSettings; today?: Date } = {},
): Promise<NewProjectResult> {
  if (!GRANT_AGREEMENT.test(grantAgreement)) {
    return { ok: false, message: `"${grantAgreement}" is not a grant agreement number; give its 6 to 9 digits, for example: npm run new -- --cordis 101095904` };
  }
  const lookup = await lookUpCordisProject(new PoliteClient(settings), settings.cordisUrl, grantAgreement);
  if (lookup.kind !== 'found') return { ok: false, message: `${lookup.message}. Nothing was written.` };
  const { project } = lookup;
  const slug = slugify(project.acronym ?? '');
  if (!slug) {
    return {
      ok: false,
      message: `CORDIS's record of ${grantAgreement} has no acronym to name the file by. Nothing was written; start from the template with: npm run new -- "Project name"`,
    };
  }
  const facts = importedFacts(project, today.toISOString().slice(0, 10));
  const template: TemplateValues = { values: facts.values, suggestions: facts.suggestions, schemaPath: schemaPathFrom(contentDir) };
  const written = await writeProjectFile(slug, contentDir, projectTemplate(project.acronym ?? slug, await themeIds(contentDir), template));
  if (!written.ok) return { ok: false, message: written.message };
  const updated = project.updated ? ` (record updated ${project.updated})` : '';
  return {
    ok: true,
    message: [
      `Created ${written.shown} from CORDIS project ${grantAgreement}${updated}, as a draft. Filled in: ${listing(facts.filled)}.`,
      ...facts.missing.map((sentence) => `Missing: ${sentence}`),
      ...(facts.partnersNote ? [facts.partnersNote] : []),
      `Still to write: summary, website, themes and the description. Preview it with npm run dev at ${projectPath(slug)}, then run npm run check.`,
    ].join('\n'),
  };
}

async function writeProjectFile(slug: string, contentDir: string, text: string): Promise<{ ok: true; shown: string } | { ok: false; message: string }> {
  const file = path.join(contentDir, 'projects', `${slug}.md`);
  const shown = path.relative(process.cwd(), file);
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists) return { ok: false, message: `${shown} already exists; nothing was changed. Edit that file, or choose another name.` };
  await writeFile(file, text, { flag: 'wx' });
  return { ok: true, shown };
}

/** The JSON Schema's address from the projects folder: it sits beside the guide, in `content/` (lib/content/layout.ts). */
function schemaPathFrom(contentDir: string): string {
  const projects = path.join(contentDir, 'projects');
  return path.relative(projects, path.join(docsDirectory(contentDir), 'project.schema.json')).split(path.sep).join('/');
}

function listing(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `npm run new -- "Name"` or `npm run new -- --cordis <grant agreement>`. */
export async function runNewProject(args: readonly string[], contentDir: string): Promise<NewProjectResult> {
  const at = args.indexOf('--cordis');
  if (at === -1) return createProject(args.join(' ').trim(), contentDir);
  const id = args[at + 1]?.trim();
  if (!id || args.length !== 2) {
    return { ok: false, message: 'Give one grant agreement number after --cordis, for example: npm run new -- --cordis 101095904' };
  }
  return importProject(id, contentDir);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runNewProject(process.argv.slice(2), contentDirectory());
  console.log(result.message);
  process.exitCode = result.ok ? 0 : 1;
}

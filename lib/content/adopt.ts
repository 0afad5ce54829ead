import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { explainIssues } from './error-map';
import { parseMarkdownFile } from './frontmatter';
import { grantingAuthority, GRANTING_AUTHORITIES } from './granting-authorities';
import { activeContentDirectory, CONTENT_FOLDER, EXAMPLE_FOLDER, HOST_FILE, isExampleFolder } from './layout';
import { PROJECTS_FOLDER } from './projects';
import { cordisUrl } from '../routes';
import { createHostSchema } from './schema';

/**
 * `npm run adopt`: makes `content/` a new host's own, from the example in
 * `content/example/`, which stays as it is so later upstream changes merge
 * (lib/content/layout.ts).
 */

/** What an adopter tells about their project, each answer as typed. */
export interface Adoption {
  name: string;
  fullName: string;
  grant: string;
  programme: string;
  authority: string;
  website: string;
  contact: string;
  /** The example's projects as drafts to learn from, or none. */
  examples: ExampleChoice;
}

export const EXAMPLE_CHOICES = ['drafts', 'remove'] as const;
export type ExampleChoice = (typeof EXAMPLE_CHOICES)[number];

/** An answer, by its name in `Adoption`, and the field of site.md it fills. */
export const ANSWER_FIELDS = {
  name: 'name',
  fullName: 'fullName',
  grant: 'grantAgreement',
  programme: 'programme',
  website: 'website',
  contact: 'contact',
} as const satisfies Partial<Record<keyof Adoption, string>>;

export type TextAnswer = keyof typeof ANSWER_FIELDS;

/**
 * What is wrong with one answer, or undefined: judged by the site.md schema itself
 * (lib/content/schema.ts), in the check's own words.
 */
export function answerProblem(answer: TextAnswer | 'authority' | 'examples', value: string | undefined): string | undefined {
  const typed = value?.trim() ?? '';
  if (answer === 'authority') {
    if (grantingAuthority(typed)) return undefined;
    return `${typed ? `"${typed}" is not one of` : 'is empty; write one of'} the granting authorities: ${GRANTING_AUTHORITIES.map((authority) => authority.name).join(', ')}`;
  }
  if (answer === 'examples') {
    return (EXAMPLE_CHOICES as readonly string[]).includes(typed) ? undefined : `should be ${EXAMPLE_CHOICES.join(' or ')}`;
  }
  const field = ANSWER_FIELDS[answer];
  const schema = createHostSchema(undefined);
  const fieldSchema = schema.shape[field];
  if (typed === '') return fieldSchema.safeParse(undefined).success ? undefined : 'cannot be empty';
  const result = fieldSchema.safeParse(typed);
  if (result.success) return undefined;
  const issues = result.error.issues.map((issue) => ({ ...issue, path: [field, ...issue.path] }));
  return explainIssues(issues, { file: `${CONTENT_FOLDER}/${HOST_FILE}`, data: { [field]: typed }, schema, lineOf: () => undefined })[0]?.message;
}

/** Every problem with a set of answers, by answer; empty when they can be written. */
export function adoptionProblems(adoption: Partial<Record<keyof Adoption, string>>): Partial<Record<keyof Adoption, string>> {
  const problems: Partial<Record<keyof Adoption, string>> = {};
  for (const answer of [...(Object.keys(ANSWER_FIELDS) as TextAnswer[]), 'authority', 'examples'] as const) {
    const problem = answerProblem(answer, adoption[answer]);
    if (problem) problems[answer] = problem;
  }
  return problems;
}

/** Thrown when `content/` is a site's own already: adopting again would overwrite it. */
export class AlreadyAdopted extends Error {}

/** Why this copy cannot be adopted again, or undefined: `content/site.md` makes it a site's own. */
export async function adoptedAlready(projectRoot: string): Promise<string | undefined> {
  // The layout's own rule: the site is built from content/ once it holds site.md.
  return isExampleFolder(activeContentDirectory(projectRoot)) ? undefined : `${CONTENT_FOLDER}/${HOST_FILE} exists already, so this copy has a host of its own; edit that file instead`;
}

/**
 * Writes the new host's content into `content/`: site.md, the accessibility statement with
 * the host's name and website, the example's themes and places, and its projects as drafts
 * or none. Returns the files written, from the project folder.
 */
export async function adopt(projectRoot: string, adoption: Adoption, today = new Date()): Promise<string[]> {
  const own = path.join(projectRoot, CONTENT_FOLDER);
  const example = path.join(own, EXAMPLE_FOLDER);
  const refusal = await adoptedAlready(projectRoot);
  if (refusal) throw new AlreadyAdopted(refusal);
  const exampleHost = await exampleHostOf(example);
  const written: string[] = [];
  const write = async (relative: string, text: string) => {
    await writeFile(path.join(own, relative), text, { flag: 'wx' });
    written.push(`${CONTENT_FOLDER}/${relative}`);
  };

  await write('themes.yml', await readFile(path.join(example, 'themes.yml'), 'utf8'));
  await write('places.yml', await readFile(path.join(example, 'places.yml'), 'utf8'));
  const statement = await readFile(path.join(example, 'accessibility.md'), 'utf8');
  await write('accessibility.md', adaptedStatement(renameHost(statement, exampleHost, adoption), today));
  await mkdir(path.join(own, PROJECTS_FOLDER));
  if (adoption.examples === 'drafts') {
    for (const name of (await readdir(path.join(example, PROJECTS_FOLDER))).filter((file) => file.endsWith('.md'))) {
      const text = await readFile(path.join(example, PROJECTS_FOLDER, name), 'utf8');
      // The new host may be one of the example's projects (found in a trial): not its own draft.
      if (isTheNewHost(text, adoption)) continue;
      await write(`${PROJECTS_FOLDER}/${name}`, asDraft(text));
    }
  } else {
    // Git keeps no empty folder, and the site needs this one.
    await write(`${PROJECTS_FOLDER}/.gitkeep`, '');
  }
  // Last: its presence is what makes content/ the site's own.
  await write(HOST_FILE, siteFile(adoption));
  return written;
}

/** The example host's name and website, to find them in the texts it is named in. */
async function exampleHostOf(example: string): Promise<{ name: string; website: string }> {
  const parsed = parseMarkdownFile(await readFile(path.join(example, HOST_FILE)), HOST_FILE);
  const data = parsed.ok ? parsed.file.data : {};
  return { name: String(data.name ?? ''), website: String(data.website ?? '') };
}

/** A text with the example host's name and website replaced by the new host's. */
function renameHost(text: string, from: { name: string; website: string }, to: Adoption): string {
  let renamed = text;
  if (from.website) renamed = renamed.split(from.website).join(new URL(to.website.trim()).href);
  if (from.name) renamed = renamed.replace(new RegExp(`\\b${from.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'), to.name.trim());
  return renamed;
}

/** The sentence of the example's statement that dates its preparation. */
const PREPARED = /We first prepared this statement on [^.]+\./;

/**
 * The example's statement as the new host's, on the day of adoption: its review date and
 * the sentence that dates its preparation were the example's, so they say when and from
 * what it was adapted instead. The adopter still reads it through (the next steps say so).
 */
function adaptedStatement(text: string, today: Date): string {
  const day = today.toISOString().slice(0, 10);
  const written = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(today);
  return text
    .replace(/^reviewed:.*$/m, `reviewed: ${day}`)
    .replace(PREPARED, `We adapted this statement on ${written} from the one that comes with Liaison, the template this site is built with.`);
}

/** Whether a project file describes the new host: the same grant agreement or website. */
function isTheNewHost(text: string, adoption: Adoption): boolean {
  const parsed = parseMarkdownFile(Buffer.from(text), 'project');
  if (!parsed.ok) return false;
  const { grantAgreement, website } = parsed.file.data;
  const sameSite = typeof website === 'string' && URL.canParse(website) && new URL(website).href === new URL(adoption.website.trim()).href;
  return String(grantAgreement ?? '') === adoption.grant.trim() || sameSite;
}

/** A project file with `draft: true` as the last line of its frontmatter. */
function asDraft(text: string): string {
  const withoutDraft = text.replace(/^draft:.*\r?\n/m, '');
  const end = withoutDraft.indexOf('\n---', 3);
  // Its review date is the example's: whoever publishes it checks the facts again first.
  return `${withoutDraft.slice(0, end + 1)}draft: true # an example from content/example/; delete this file, or check its facts against its sources, set reviewed to that day and delete this line\n${withoutDraft.slice(end + 1)}`;
}

/** The new host's site.md. */
function siteFile(adoption: Adoption): string {
  const name = adoption.name.trim();
  const authority = grantingAuthority(adoption.authority)!;
  const grant = adoption.grant.trim();
  const fields = {
    name,
    fullName: adoption.fullName.trim(),
    website: new URL(adoption.website.trim()).href,
    programme: adoption.programme.trim(),
    grantAgreement: grant,
    grantingAuthority: { name: authority.name, fullName: authority.fullName },
    contact: adoption.contact.trim(),
    description: `The EU projects and initiatives that ${name} works alongside.`,
    sources: [cordisUrl(grant), new URL(adoption.website.trim()).href],
  };
  return [
    '---',
    stringify(fields, { lineWidth: 0 }).trimEnd(),
    "# Add the host's own cities and themes to show what each project shares with it",
    '# (delete the # before each line, then write your own; the cities go on the map',
    '# when places.yml has them, the themes are ids from themes.yml):',
    '# cities:',
    '#   - { name: Oslo, country: NO, role: Pilot city }',
    '# themes: [public-transport]',
    '# Optionally a colour and a logo, such as colour: "#1a7f37" and logo: /logos/host.svg.',
    '# Every field is explained in content/README.md.',
    '---',
    `${name} works with other European projects and initiatives. This page lists them: what`,
    'each one does, who runs it and where to learn more.',
    '',
  ].join('\n');
}


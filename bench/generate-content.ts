import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What a copy writes itself: its title, full name and summary lines, and its description. */
export type ProjectText = (id: string) => { frontmatter: string[]; body: string };

/**
 * A content folder with `count` valid projects: the site's own site.md, themes.yml and
 * accessibility.md, and copies of the site's first project with a new title, full name
 * and summary each, and a body of realistic size (three paragraphs, a heading, a list),
 * or the text `text` writes for each. The rest of the frontmatter is copied rather than
 * written here, so the generated files follow whatever the schema asks of a real project today.
 */
export async function generateContent(siteContent: string, folder: string, count: number, text: ProjectText = defaultText): Promise<string> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, 'projects'), { recursive: true });
  for (const entry of await readdir(siteContent)) {
    if (entry !== 'projects') await cp(path.join(siteContent, entry), path.join(folder, entry), { recursive: true });
  }
  const model = await modelFrontmatter(path.join(siteContent, 'projects'));
  for (let index = 1; index <= count; index++) {
    const id = String(index).padStart(4, '0');
    const { frontmatter, body } = text(id);
    await writeFile(path.join(folder, 'projects', `project-${id}.md`), `---\n${[...frontmatter, ...model].join('\n')}\n---\n${body}`);
  }
  return folder;
}

/** The frontmatter lines of the first published project, without the ones made per copy. */
async function modelFrontmatter(projects: string): Promise<string[]> {
  for (const name of (await readdir(projects)).filter((file) => file.endsWith('.md')).sort()) {
    const text = await readFile(path.join(projects, name), 'utf8');
    const lines = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1]?.split(/\r?\n/) ?? [];
    if (lines.some((line) => /^draft:\s*true/.test(line))) continue;
    return lines.filter((line) => !/^(title|fullName|summary|order|draft):/.test(line));
  }
  throw new Error(`No published project in ${projects} to model the generated ones on.`);
}

function defaultText(id: string): ReturnType<ProjectText> {
  return {
    frontmatter: [
      `title: Project ${id}`,
      `fullName: Generated Project Number ${id} for Urban Mobility`,
      `summary: Project ${id} tests cleaner urban transport with cities across Europe and shares what works.`,
    ],
    body: `Project ${id} brings cities, operators and researchers together to make public transport
the easy choice. It tests new services in living labs and measures what changes.

## What it does

- Pilots on-demand services in suburbs.
- Redesigns bus networks with residents.
- Shares results with other cities.

Its results feed the next generation of sustainable urban mobility plans, so that what
works in one city can be tried in another without starting again.
`,
  };
}

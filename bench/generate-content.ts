import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const THEMES = ['public-transport', 'climate-neutrality', 'urban-mobility-planning', 'living-labs'];

/**
 * A content folder with `count` valid projects: the site's own site.md, themes.yml and
 * accessibility.md, and generated project files of a realistic size (frontmatter, three
 * paragraphs, a heading, a list), for build-time measurements at scale.
 */
export async function generateContent(siteContent: string, folder: string, count: number): Promise<string> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, 'projects'), { recursive: true });
  for (const entry of await readdir(siteContent)) {
    if (entry !== 'projects') await cp(path.join(siteContent, entry), path.join(folder, entry), { recursive: true });
  }
  for (let index = 1; index <= count; index++) {
    const id = String(index).padStart(4, '0');
    await writeFile(path.join(folder, 'projects', `project-${id}.md`), project(id, index));
  }
  return folder;
}

function project(id: string, index: number): string {
  const start = 2015 + (index % 10);
  return `---
title: Project ${id}
fullName: Generated Project Number ${id} for Urban Mobility
summary: Project ${id} tests cleaner urban transport with cities across Europe and shares what works.
website: https://project-${id}.example.org/
programme: Horizon Europe
start: ${start}-01-01
end: ${start + 4}-12-31
themes: [${THEMES[index % THEMES.length]}, ${THEMES[(index + 1) % THEMES.length]}]
sources:
  - https://project-${id}.example.org/about/
---
Project ${id} brings cities, operators and researchers together to make public transport
the easy choice. It tests new services in living labs and measures what changes.

## What it does

- Pilots on-demand services in suburbs.
- Redesigns bus networks with residents.
- Shares results with other cities.

Its results feed the next generation of sustainable urban mobility plans, so that what
works in one city can be tried in another without starting again.
`;
}

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { ContentProblem } from '@/lib/content/problems';
import type { HostileVector } from './hostile-vectors';

/**
 * A content folder with every hostile vector in every text field: one project file per
 * vector (`content/projects/vector-07.md`), its theme label in themes.yml, and its text
 * as the project's description.
 */

/** What one project file and its theme hold before it is written. */
export interface ProjectDraft {
  slug: string;
  themeId: string;
  frontmatter: Record<string, unknown> & { cities: Array<Record<string, string>> };
  themeLabel: string;
  themeDescription: string;
  body: string;
}

/** A text field that content can reach the site through. */
export interface HostileField {
  /** How reports name it. */
  name: string;
  /** The file the check names when it refuses the field: the project's, or themes.yml. */
  file: (draft: ProjectDraft) => string;
  /** The field the check names (ContentProblem.field). */
  field: (draft: ProjectDraft) => string;
  /** Puts text into the field. */
  place(draft: ProjectDraft, text: string): void;
}

const projectFile = (draft: ProjectDraft) => `content/projects/${draft.slug}.md`;

/** The description's first line, to find it on the page: markdown changes the vector's text. */
export const bodyMarker = (draft: ProjectDraft) => `${draft.slug} says:`;

/**
 * Every text field of a project, in one place. A new field is one more line: say where
 * the text goes and how the check names it.
 */
export const HOSTILE_FIELDS: readonly HostileField[] = [
  { name: 'title', file: projectFile, field: () => 'title', place: (draft, text) => void (draft.frontmatter.title = text) },
  // The full name may not repeat the title, which holds the same vector.
  { name: 'fullName', file: projectFile, field: () => 'fullName', place: (draft, text) => void (draft.frontmatter.fullName = `${text} (full name)`) },
  { name: 'summary', file: projectFile, field: () => 'summary', place: (draft, text) => void (draft.frontmatter.summary = text) },
  { name: 'coordinator', file: projectFile, field: () => 'coordinator', place: (draft, text) => void (draft.frontmatter.coordinator = text) },
  { name: 'city name', file: projectFile, field: () => 'cities, entry 1, name', place: (draft, text) => void (draft.frontmatter.cities[0]!.name = text) },
  { name: 'city role', file: projectFile, field: () => 'cities, entry 1, role', place: (draft, text) => void (draft.frontmatter.cities[0]!.role = text) },
  { name: 'theme label', file: () => 'content/themes.yml', field: (draft) => `${draft.themeId}, label`, place: (draft, text) => void (draft.themeLabel = text) },
  { name: 'theme description', file: () => 'content/themes.yml', field: (draft) => `${draft.themeId}, description`, place: (draft, text) => void (draft.themeDescription = text) },
  {
    name: 'synergy title',
    file: projectFile,
    field: () => 'synergies, entry 1, title',
    place: (draft, text) => void (draft.frontmatter.synergies = [{ title: text, date: '2025-03', url: `https://${draft.slug}.example.org/workshop` }]),
  },
  { name: 'description', file: projectFile, field: () => 'description', place: (draft, text) => void (draft.body = `${bodyMarker(draft)}\n\n${text}\n`) },
];

/** One vector in one field. */
export interface Placement {
  vector: HostileVector;
  field: HostileField;
  draft: ProjectDraft;
  /** Whether the check refused it (it is then replaced by a harmless text to build). */
  refused: boolean;
}

/** A harmless value for a field the check refused, different for every project. */
export function harmless(placement: Placement): string {
  return `${placement.draft.slug} ${placement.field.name}`;
}

/** A project with each field holding the vector. */
export function draftFor(vector: HostileVector, index: number, reviewed: string): { draft: ProjectDraft; placements: Placement[] } {
  const number = String(index + 1).padStart(2, '0');
  const draft: ProjectDraft = {
    slug: `vector-${number}`,
    themeId: `vector-theme-${number}`,
    themeLabel: '',
    themeDescription: `What vector ${number}'s theme covers.`,
    body: '',
    frontmatter: {
      website: `https://vector-${number}.example.org/`,
      cities: [{ name: '', country: 'BE', role: '' }],
      sources: [`https://vector-${number}.example.org/about`],
      reviewed,
      listed: reviewed,
    },
  };
  draft.frontmatter.themes = [draft.themeId];
  const placements = HOSTILE_FIELDS.map((field) => ({ vector, field, draft, refused: false }));
  for (const placement of placements) placement.field.place(draft, vector.payload);
  return { draft, placements };
}

/**
 * Writes the drafts into a content folder that already has site.md, accessibility.md,
 * themes.yml and places.yml: the drafts' themes join the vocabulary (the host's stay), and
 * their cities join the places, so that a city name is judged as text, not as unplaceable.
 */
export async function writeDrafts(contentDir: string, drafts: readonly ProjectDraft[]): Promise<void> {
  const themesFile = path.join(contentDir, 'themes.yml');
  const themes = {
    ...(parse(await readFile(themesFile, 'utf8')) as object),
    ...Object.fromEntries(drafts.map((draft) => [draft.themeId, { label: draft.themeLabel, description: draft.themeDescription }])),
  };
  await writeFile(themesFile, stringify(themes));
  const placesFile = path.join(contentDir, 'places.yml');
  const placeOf = (draft: ProjectDraft) => `https://${draft.slug}.example.org/place`;
  const drafted = new Set(drafts.map(placeOf));
  // Written again after refusals are replaced: the drafts' earlier places go first.
  const kept = ((parse(await readFile(placesFile, 'utf8')) as Array<{ source?: string }> | null) ?? []).filter((place) => !drafted.has(place.source ?? ''));
  const places = [
    ...kept,
    ...drafts.flatMap((draft) =>
      draft.frontmatter.cities.map((city) => ({ name: city.name, country: city.country, latitude: 50.85, longitude: 4.35, source: placeOf(draft) })),
    ),
  ];
  await writeFile(placesFile, stringify(places, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }));
  for (const draft of drafts) {
    // Quoted with escapes, so control characters and line breaks survive as written.
    const yaml = stringify(draft.frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
    await writeFile(path.join(contentDir, 'projects', `${draft.slug}.md`), `---\n${yaml}---\n${draft.body}`);
  }
}

/** The placement a problem is about, if it names one's file and field exactly. */
export function placementOf(problem: ContentProblem, placements: readonly Placement[]): Placement | undefined {
  return placements.find(({ field, draft }) => field.file(draft) === problem.file && field.field(draft) === problem.field);
}

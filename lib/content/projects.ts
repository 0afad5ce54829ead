import path from 'node:path';
import { parsePartialDate, utcDay, type PartialDate } from '../day';
import type { MarkdownFile } from './frontmatter';
import { themeLabels, withCountryNames } from './host';
import { checkCitiesArePlaced, type Gazetteer } from './places';
import { ContentReader, rawDate } from './reader';
import { checkReviewed } from './review';
import { createProjectSchema, logoPath, SLUG_PATTERN } from './schema';
import { statusOn } from '../status-of-day';
import { PLACEHOLDER_PATTERN } from './template';
import type { Project, ProjectDate, ProjectStatus, Theme } from './types';
import { cordisUrl } from '../routes';

/** The folder of project files, inside the content folder. */
export const PROJECTS_FOLDER = 'projects';

/** Reads every project file and reshapes each valid one for pages; problems go to the reader. */
export async function readProjects(
  reader: ContentReader,
  names: readonly string[],
  themes: readonly Theme[] | undefined,
  today: Date,
  reviewDay: Date,
  places: Gazetteer | undefined,
): Promise<Project[]> {
  const schema = createProjectSchema(themes?.map((theme) => theme.id));
  const projects = await Promise.all(
    names
      .filter((name) => name.endsWith('.md'))
      .map(async (name): Promise<Project | undefined> => {
        const read = await reader.readMarkdown(path.join(PROJECTS_FOLDER, name), schema);
        if (!read) return undefined;
        const { file, data, source } = read;
        reader.titleLines.set(file, source.lineOf(['title']));
        // These checks read the raw fields, so that one invalid field hides no other problem.
        const start = rawDate(source.data.start);
        const end = rawDate(source.data.end);
        if (start && end && end.last < start.first) {
          reader.report({
            file,
            line: source.lineOf(['end']),
            field: 'end',
            message: `${String(source.data.end)} is before start (${String(source.data.start)}); check both dates`,
          });
        }
        checkFullName(reader, file, source);
        checkCitiesArePlaced(reader, file, source, places);
        const reviewed = rawDate(source.data.reviewed);
        if (reviewed) checkReviewed(reader, file, reviewed, source.lineOf(['reviewed']), reviewDay);
        const logo = logoPath.safeParse(source.data.logo);
        if (logo.success) await reader.checkPublicImage(file, 'logo', logo.data, source.lineOf(['logo']));
        if (PLACEHOLDER_PATTERN.test(source.body)) {
          reader.report({
            file,
            line: source.bodyLine,
            field: 'description',
            message: "the description is still the template's example text; replace it with your own words about the project",
          });
        }
        const descriptionHtml = await reader.render(file, source, 'description');
        const slug = name.slice(0, -'.md'.length);
        const listed = rawDate(source.data.listed);
        if (!data || !reviewed || !listed || !SLUG_PATTERN.test(slug)) return undefined;
        return {
          ...data,
          slug,
          file,
          draft: data.draft,
          cordisUrl: data.grantAgreement ? cordisUrl(data.grantAgreement) : undefined,
          start: start && toProjectDate(start),
          end: end && toProjectDate(end),
          status: projectStatus(start, end, today),
          statusDates: { start: start?.first.getTime(), end: end?.last.getTime() },
          synergies: (data.synergies ?? []).map((synergy) => {
            const date = synergy.date === undefined ? undefined : parsePartialDate(synergy.date);
            return { ...synergy, date: date && toProjectDate(date) };
          }),
          cities: places?.locate(withCountryNames(data.cities ?? [])) ?? [],
          themes: themeLabels(data.themes ?? [], themes),
          logo: data.logo && `${reader.basePath}${data.logo}`,
          reviewed: reviewed.first,
          listed: listed.first,
          descriptionHtml,
        };
      }),
  );
  return projects.filter((project) => project !== undefined);
}

/** A full name that only repeats the title says nothing, and doubles in the browser tab. */
function checkFullName(reader: ContentReader, file: string, source: MarkdownFile) {
  const { title, fullName } = source.data;
  if (typeof title !== 'string' || typeof fullName !== 'string') return;
  if (title.trim().toLocaleLowerCase('en') !== fullName.trim().toLocaleLowerCase('en')) return;
  reader.report({
    file,
    line: source.lineOf(['fullName']),
    field: 'fullName',
    message: 'only repeats the title; write the name in full, or delete the fullName line if there is no longer name',
  });
}

function toProjectDate(date: PartialDate): ProjectDate {
  return { date: date.first, precision: date.precision };
}

/** Where a project stands on `today`; unknown once started if no end date is given. */
export function projectStatus(
  start: PartialDate | undefined,
  end: PartialDate | undefined,
  today: Date,
): ProjectStatus | undefined {
  return statusOn({ start: start?.first.getTime(), end: end?.last.getTime() }, utcDay(today));
}

/** Listing order: by `order`, then by title. */
export function compareProjects(a: Project, b: Project): number {
  return (
    (a.order ?? Infinity) - (b.order ?? Infinity) ||
    a.title.localeCompare(b.title, 'en', { sensitivity: 'base' })
  );
}

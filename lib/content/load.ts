import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { explainIssues } from './explain';
import { countryName, parsePartialDate, type PartialDate } from './fields';
import { parseMarkdownFile, type MarkdownFile } from './frontmatter';
import { slugify } from './slugify';
import { PLACEHOLDER_PATTERN } from './template';
import { checkImageFile } from './images';
import { renderMarkdown, type MarkdownReference } from './markdown';
import { ContentError, type ContentProblem } from './problems';
import {
  accessibilitySchema,
  createProjectSchema,
  logoPath,
  siteSchema,
  SLUG_PATTERN,
  themesSchema,
} from './schema';
import type { Content, Project, ProjectDate, ProjectStatus, Site, TextPage, Theme } from './types';

/** Where content comes from and how it is shaped for one build. */
export interface LoadOptions {
  /** The folder with `site.md`, `themes.yml`, `accessibility.md` and `projects/`. */
  contentDir: string;
  /** Where logos are looked up; the `public` folder beside the content folder by default. */
  publicDir?: string;
  /** The day statuses are worked out for; today by default. */
  today?: Date;
  /**
   * The day review dates are judged against: the real today by default. Kept apart from
   * `today`, which only moves statuses: a build for another day does not change when the
   * facts were checked.
   */
  reviewDay?: Date;
  /** Drafts show while editing (`next dev`) and never in a production build. */
  includeDrafts?: boolean;
  /** Prefix for links to the site's own pages when it is served from a sub-folder. */
  basePath?: string;
}

/** The outcome of reading the content: every problem found, and the content if none. */
export interface ContentReport {
  content?: Content;
  problems: ContentProblem[];
  /** Things to look at that do not stop publishing, such as facts not checked for a year. */
  warnings: ContentProblem[];
}

/** How long facts may go unchecked before the check asks for a review. */
const REVIEW_INTERVAL_MONTHS = 12;

/** The words of the review messages: a project's facts, or the accessibility statement. */
const REVIEW_OF_FACTS = {
  subject: 'the facts were',
  checked: 'checked',
  done: 'checked the facts against the sources',
  todo: 'check this file against its sources',
};
const REVIEW_OF_STATEMENT = {
  subject: 'the statement was',
  checked: 'reviewed',
  done: 'reviewed the statement',
  todo: 'review it against the site as it is now',
};

/** Files and folders that belong in the content folder; anything else is reported. */
const CONTENT_ENTRIES = new Set([
  'projects',
  'site.md',
  'themes.yml',
  'accessibility.md',
  'README.md',
  'project.schema.json',
]);

/** Loads the content, or throws a `ContentError` that lists every problem in every file. */
export async function loadContent(options: LoadOptions): Promise<Content> {
  const report = await checkContent(options);
  if (!report.content) throw new ContentError(report.problems);
  return report.content;
}

/**
 * Reads and checks every file in the content folder, collecting all problems rather than
 * stopping at the first, so that editors can fix everything in one go.
 */
export async function checkContent(options: LoadOptions): Promise<ContentReport> {
  const contentDir = path.resolve(options.contentDir);
  const publicDir = path.resolve(/*turbopackIgnore: true*/ options.publicDir ?? path.join(contentDir, '..', 'public'));
  const reader = new ContentReader(contentDir, publicDir, options.basePath ?? '');

  const entries = await reader.list(contentDir);
  if (!entries) return { problems: reader.problems, warnings: [] };
  for (const entry of entries) {
    if (!CONTENT_ENTRIES.has(entry)) {
      reader.report({
        file: reader.display(path.join(contentDir, entry)),
        field: 'file name',
        message: entry.endsWith('.md')
          ? 'is not used by the site; project files belong in content/projects/'
          : 'is not used by the site; images belong in public/, project files in content/projects/',
      });
    }
  }

  const themes = await reader.readThemes('themes.yml');
  const site = await reader.readSite('site.md');
  const reviewDay = options.reviewDay ?? new Date();
  const accessibility = await reader.readTextPage('accessibility.md', reviewDay);
  const projects = await reader.readProjects(themes, options.today ?? new Date(), reviewDay);
  reader.checkInternalLinks(projects);

  if (reader.problems.length > 0 || !site || !themes || !accessibility) {
    return { problems: reader.problems, warnings: reader.warnings };
  }
  const visible = projects.filter((project) => options.includeDrafts || !project.draft);
  return {
    content: { site, themes, accessibility, projects: visible.sort(compareProjects) },
    problems: [],
    warnings: reader.warnings,
  };
}

/**
 * The theme vocabulary alone, through the same checks as a full load, for tools that need
 * only it (the editors' documentation, the project template).
 */
export async function loadThemes(contentDir: string): Promise<{ themes?: Theme[]; problems: ContentProblem[] }> {
  const folder = path.resolve(contentDir);
  const reader = new ContentReader(folder, path.join(folder, '..', 'public'), '');
  const themes = await reader.readThemes('themes.yml');
  return { themes, problems: reader.problems };
}

function compareProjects(a: Project, b: Project): number {
  return (
    (a.order ?? Infinity) - (b.order ?? Infinity) ||
    a.title.localeCompare(b.title, 'en', { sensitivity: 'base' })
  );
}

/** Holds the problems and cross-file facts while one content folder is read. */
class ContentReader {
  readonly problems: ContentProblem[] = [];
  readonly warnings: ContentProblem[] = [];
  private readonly links: Array<MarkdownReference & { file: string }> = [];
  private readonly titleLines = new Map<string, number | undefined>();

  constructor(
    private readonly contentDir: string,
    private readonly publicDir: string,
    private readonly basePath: string,
  ) {}

  report(problem: ContentProblem) {
    this.problems.push(problem);
  }

  /** Paths as editors see them: `content/projects/upper.md`, with forward slashes. */
  display(absolute: string): string {
    return path.relative(path.dirname(this.contentDir), absolute).split(path.sep).join('/');
  }

  async list(folder: string): Promise<string[] | undefined> {
    try {
      const names = await readdir(folder);
      return names.filter((name) => !name.startsWith('.')).sort();
    } catch {
      this.report({
        file: this.display(folder),
        message: 'this folder is missing; the site needs it (see content/README.md)',
      });
      return undefined;
    }
  }

  private async read(relative: string): Promise<{ file: string; bytes?: Buffer }> {
    const absolute = path.join(this.contentDir, relative);
    const file = this.display(absolute);
    try {
      return { file, bytes: await readFile(absolute) };
    } catch {
      this.report({ file, message: 'this file is missing; the site needs it (see content/README.md)' });
      return { file };
    }
  }

  /**
   * Parses a file and validates its frontmatter. Undefined when the file cannot be read
   * at all; otherwise the source, and the data only if it is valid (problems reported).
   */
  private async readMarkdown<Schema extends z.ZodType>(
    relative: string,
    schema: Schema,
  ): Promise<{ file: string; data?: z.output<Schema>; source: MarkdownFile } | undefined> {
    const { file, bytes } = await this.read(relative);
    if (!bytes) return undefined;
    const parsed = parseMarkdownFile(bytes, file);
    if (!parsed.ok) {
      parsed.problems.forEach((problem) => this.report(problem));
      return undefined;
    }
    const result = schema.safeParse(parsed.file.data);
    if (!result.success) {
      const context = { file, data: parsed.file.data, schema, lineOf: parsed.file.lineOf };
      explainIssues(result.error.issues, context).forEach((problem) => this.report(problem));
    }
    return { file, data: result.success ? result.data : undefined, source: parsed.file };
  }

  private async render(file: string, source: MarkdownFile): Promise<string> {
    const rendered = await renderMarkdown(source.body, { basePath: this.basePath });
    for (const problem of rendered.problems) {
      this.report({ file, line: bodyLine(source, problem.line), field: 'text', message: problem.message });
    }
    for (const link of rendered.links) {
      this.links.push({ ...link, file, line: bodyLine(source, link.line) });
    }
    for (const image of rendered.images) {
      await this.checkPublicImage(file, 'text', image.url, bodyLine(source, image.line));
    }
    return rendered.html;
  }

  async readThemes(relative: string): Promise<Theme[] | undefined> {
    const { file, bytes } = await this.read(relative);
    if (!bytes) return undefined;
    let raw: unknown;
    try {
      raw = parseYaml(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      this.report({
        file,
        line: error instanceof YAMLParseError ? error.linePos?.[0].line : undefined,
        message: 'cannot be read; each line should be a theme id, a colon and its label, such as: public-transport: Public transport',
      });
      return undefined;
    }
    const result = themesSchema.safeParse(raw ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        // A bad id arrives wrapped as "invalid key"; the inner issue has the useful words.
        const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
        this.report({ file, field: issue.path.map(String).join(', ') || undefined, message });
      }
      return undefined;
    }
    return Object.entries(result.data).map(([id, label]) => ({ id, label }));
  }

  async readSite(relative: string): Promise<Site | undefined> {
    const read = await this.readMarkdown(relative, siteSchema);
    if (!read) return undefined;
    const introHtml = await this.render(read.file, read.source);
    return read.data && { ...read.data, introHtml };
  }

  /** The accessibility statement: its review date goes stale like a project's facts. */
  async readTextPage(relative: string, reviewDay: Date): Promise<TextPage | undefined> {
    const read = await this.readMarkdown(relative, accessibilitySchema);
    if (!read) return undefined;
    const reviewed = rawDate(read.source.data.reviewed);
    if (reviewed) this.checkReviewed(read.file, reviewed, read.source.lineOf(['reviewed']), reviewDay, REVIEW_OF_STATEMENT);
    const html = await this.render(read.file, read.source);
    if (!read.data || !reviewed) return undefined;
    return { ...read.data, reviewed: reviewed.first, html };
  }

  async readProjects(themes: readonly Theme[] | undefined, today: Date, reviewDay: Date): Promise<Project[]> {
    const folder = path.join(this.contentDir, 'projects');
    const names = (await this.list(folder)) ?? [];
    const schema = createProjectSchema(themes?.map((theme) => theme.id));
    const labels = new Map(themes?.map((theme) => [theme.id, theme.label]));
    this.checkFileNames(names);

    const projects = await Promise.all(
      names
        .filter((name) => name.endsWith('.md'))
        .map(async (name): Promise<Project | undefined> => {
          const read = await this.readMarkdown(path.join('projects', name), schema);
          if (!read) return undefined;
          const { file, data, source } = read;
          this.titleLines.set(file, source.lineOf(['title']));
          // These checks read the raw fields, so that one invalid field hides no other problem.
          const start = rawDate(source.data.start);
          const end = rawDate(source.data.end);
          if (start && end && end.last < start.first) {
            this.report({
              file,
              line: source.lineOf(['end']),
              field: 'end',
              message: `${String(source.data.end)} is before start (${String(source.data.start)}); check both dates`,
            });
          }
          this.checkFullName(file, source);
          const reviewed = rawDate(source.data.reviewed);
          if (reviewed) this.checkReviewed(file, reviewed, source.lineOf(['reviewed']), reviewDay);
          const logo = logoPath.safeParse(source.data.logo);
          if (logo.success) await this.checkPublicImage(file, 'logo', logo.data, source.lineOf(['logo']));
          if (PLACEHOLDER_PATTERN.test(source.body)) {
            this.report({
              file,
              line: source.bodyLine,
              field: 'text',
              message: "the description is still the template's example text; replace it with your own words about the project",
            });
          }
          const html = await this.render(file, source);
          const slug = name.slice(0, -'.md'.length);
          if (!data || !reviewed || !SLUG_PATTERN.test(slug)) return undefined;
          return {
            ...data,
            slug,
            file,
            draft: data.draft ?? false,
            cordisUrl: data.grantAgreement
              ? `https://cordis.europa.eu/project/id/${data.grantAgreement}`
              : undefined,
            start: start && toProjectDate(start),
            end: end && toProjectDate(end),
            status: projectStatus(start, end, today),
            cities: (data.cities ?? []).map((city) => ({
              ...city,
              countryName: countryName(city.country) ?? city.country,
            })),
            themes: (data.themes ?? []).map((id) => ({ id, label: labels.get(id) ?? id })),
            logo: data.logo && `${this.basePath}${data.logo}`,
            reviewed: reviewed.first,
            html,
          };
        }),
    );
    const loaded = projects.filter((project) => project !== undefined);
    this.checkTitlesAreUnique(loaded);
    return loaded;
  }

  /** A full name that only repeats the title says nothing, and doubles in the browser tab. */
  private checkFullName(file: string, source: MarkdownFile) {
    const { title, fullName } = source.data;
    if (typeof title !== 'string' || typeof fullName !== 'string') return;
    if (title.trim().toLocaleLowerCase('en') !== fullName.trim().toLocaleLowerCase('en')) return;
    this.report({
      file,
      line: source.lineOf(['fullName']),
      field: 'fullName',
      message: 'only repeats the title; write the name in full, or delete the fullName line if there is no longer name',
    });
  }

  /**
   * Facts go stale: a review date more than a year old asks for a fresh check (a warning:
   * the facts are not known to be wrong), and one in the future is a typo.
   */
  private checkReviewed(file: string, reviewed: PartialDate, line: number | undefined, today: Date, review = REVIEW_OF_FACTS) {
    const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    const written = reviewed.first.toISOString().slice(0, 10);
    if (reviewed.first.getTime() > day + 24 * 60 * 60 * 1000) {
      this.report({
        file,
        line,
        field: 'reviewed',
        message: `${written} is in the future; write the day you last ${review.done}`,
      });
      return;
    }
    const due = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - REVIEW_INTERVAL_MONTHS, today.getUTCDate());
    if (reviewed.last.getTime() < due) {
      this.warnings.push({
        file,
        line,
        field: 'reviewed',
        severity: 'warning',
        message: `${review.subject} last ${review.checked} on ${written}, more than ${REVIEW_INTERVAL_MONTHS} months ago; ${review.todo}, then set reviewed to that day`,
      });
    }
  }

  /** A file name becomes an address, so it must be one, and only one file may claim it. */
  private checkFileNames(names: readonly string[]) {
    const claimed = new Map<string, string>();
    // Valid names claim their address first, so a clash is reported on the misnamed file.
    const validFirst = [...names].sort(
      (a, b) => Number(!SLUG_PATTERN.test(a.replace(/\.md$/, ''))) - Number(!SLUG_PATTERN.test(b.replace(/\.md$/, ''))),
    );
    for (const name of validFirst) {
      const file = this.display(path.join(this.contentDir, 'projects', name));
      if (!name.endsWith('.md')) {
        this.report({
          file,
          field: 'file name',
          message: /\.(svg|png|jpe?g|webp|avif|gif)$/i.test(name)
            ? 'images do not belong in content/projects/; move it to public/logos/ and name it in the logo field'
            : 'only .md files belong in content/projects/; rename it to end in .md, or move it out of this folder',
        });
        continue;
      }
      const slug = name.slice(0, -'.md'.length);
      const key = slugify(slug) || 'project';
      const other = claimed.get(key);
      if (other) {
        this.report({
          file,
          field: 'file name',
          message: `${name} and ${other} are the same project address (/projects/${key}/); keep only one of the two files, or give this one another name`,
        });
      } else if (!SLUG_PATTERN.test(slug)) {
        this.report({
          file,
          field: 'file name',
          message: `the file name becomes the page address, so it may only use lowercase letters, digits and hyphens; rename it to ${key}.md`,
        });
      }
      claimed.set(key, other ?? name);
    }
  }

  /** Reported on every file that shares a title: the editor may have changed either. */
  private checkTitlesAreUnique(projects: readonly Project[]) {
    const byTitle = new Map<string, Project[]>();
    for (const project of projects) {
      const key = project.title.toLocaleLowerCase('en');
      byTitle.set(key, [...(byTitle.get(key) ?? []), project]);
    }
    for (const sharing of byTitle.values()) {
      if (sharing.length < 2) continue;
      for (const project of sharing) {
        const others = sharing.filter((other) => other !== project).map((other) => other.file);
        this.report({
          file: project.file,
          line: this.titleLines.get(project.file),
          field: 'title',
          message: `"${project.title}" is also the title of ${others.join(' and ')}; each project needs its own title`,
        });
      }
    }
  }

  /** A logo or a picture in a description: a file in the public folder that is an image. */
  private async checkPublicImage(file: string, field: string, url: string, line: number | undefined) {
    const pathname = url.split(/[?#]/)[0] ?? url;
    const problem = await checkImageFile(path.join(this.publicDir, ...pathname.split('/')));
    if (!problem) return;
    const logo = field === 'logo';
    this.report({
      file,
      line,
      field,
      message:
        problem === 'missing'
          ? `${logo ? '' : 'the image '}${pathname} does not exist; put the ${logo ? 'image' : 'file'} at public${pathname}, or correct the path`
          : `public${pathname} is not an image file; save ${logo ? 'the logo' : 'it'} as SVG, PNG, JPEG, WebP or AVIF`,
    });
  }

  /**
   * Links to this site's own pages must lead somewhere: a typo there is a broken link, and
   * so is a link from a published page to a draft, which the public site does not have.
   */
  checkInternalLinks(projects: readonly Project[]) {
    const address = (project: Project) => `/projects/${project.slug}/`;
    const pages = new Set(['/', '/accessibility/', ...projects.map(address)]);
    const drafts = new Map(projects.filter((project) => project.draft).map((project) => [address(project), project]));
    const draftFiles = new Set([...drafts.values()].map((project) => project.file));
    for (const link of this.links) {
      if (!link.url.startsWith('/') || link.url.startsWith('//')) continue;
      const pathname = link.url.split(/[?#]/)[0] ?? '/';
      const normalized = pathname.endsWith('/') ? pathname : `${pathname}/`;
      const draft = drafts.get(normalized);
      if (draft && !draftFiles.has(link.file)) {
        this.report({
          file: link.file,
          line: link.line,
          field: 'text',
          message: `the link ${link.url} leads to a draft (${draft.file} has draft: true), which the public site does not show; publish that project first, or remove the link`,
        });
      } else if (!pages.has(normalized)) {
        this.report({
          file: link.file,
          line: link.line,
          field: 'text',
          message: `the link ${link.url} leads to no page of this site; check the address (projects are at /projects/<file name>/)`,
        });
      }
    }
  }
}

/** A date field as written, if it is a valid date. */
function rawDate(value: unknown): PartialDate | undefined {
  return typeof value === 'string' || typeof value === 'number' ? parsePartialDate(String(value)) : undefined;
}

function bodyLine(source: MarkdownFile, line: number | undefined): number | undefined {
  return line === undefined ? undefined : source.bodyLine + line - 1;
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
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (start && day < start.first.getTime()) return 'planned';
  if (end && day > end.last.getTime()) return 'completed';
  if (end) return 'ongoing';
  return undefined;
}

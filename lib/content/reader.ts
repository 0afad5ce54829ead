import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { BuildCache } from '../build-cache';
import { explainIssues, fieldLabel } from './error-map';
import { describeHiddenCharacter, findHiddenCharacters, hiddenCharacterMessage } from './hidden-characters';
import { parsePartialDate, type PartialDate } from '../day';
import { parseMarkdownFields, withLineOf, type MarkdownFile, type ParsedMarkdownFile } from './frontmatter';
import { checkImageFile } from './images';
import { renderMarkdown, type MarkdownReference } from './markdown';
import { projectRootOf } from './layout';
import type { ContentProblem } from './problems';

/**
 * What messages call the markdown below a file's fields: a project's description, the
 * listing's introduction in `site.md`, the text of a page such as the accessibility statement.
 */
export type MarkdownField = 'description' | 'introduction' | 'text';

/** A link from markdown, kept for the cross-file check with its file and field. */
export type InternalLink = MarkdownReference & { file: string; field: MarkdownField };

/** Where a field sits in a file: the 1-based line of the field at `path`, if known. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/**
 * A web address written anywhere in the content (a field such as `website` or `sources`,
 * or a link in markdown), with where it is written, for the weekly link report.
 */
export interface WebAddress {
  url: string;
  file: string;
  line?: number;
  /** The field as messages name it: `sources, entry 2`, or `description` for a link in the text. */
  field: string;
}

/**
 * Reads the files of one content folder and holds what is found along the way: the
 * problems, the warnings, and the facts that only the cross-file checks can judge.
 */
export class ContentReader {
  readonly problems: ContentProblem[] = [];
  readonly warnings: ContentProblem[] = [];
  /** Every link in the markdown of every file, with its file and line. */
  readonly links: InternalLink[] = [];
  /** The line of each project's title, for the duplicate-title message. */
  readonly titleLines = new Map<string, number | undefined>();
  /** How to find a field's line in each file read, so reports outside the check can point at it. */
  readonly fieldLines = new Map<string, LineOf>();
  /** Every https address in every file, in fields and in markdown. */
  readonly webAddresses: WebAddress[] = [];

  constructor(
    readonly contentDir: string,
    readonly publicDir: string,
    readonly basePath: string,
    /** Rendering markdown is most of the loader's time; a build keeps what it rendered. */
    readonly cache?: BuildCache,
  ) {}

  report(problem: ContentProblem) {
    this.problems.push(problem);
  }

  warn(problem: Omit<ContentProblem, 'severity'>) {
    this.warnings.push({ ...problem, severity: 'warning' });
  }

  /** Paths as editors see them: `content/projects/upper.md`, with forward slashes. */
  display(absolute: string): string {
    return path.relative(projectRootOf(this.contentDir), absolute).split(path.sep).join('/');
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

  /**
   * A content file's bytes. Read synchronously: content files are small and local, and
   * 1000 of them through the thread pool took longer than the reads (0.65 s against 0.47 s
   * for a whole load from the build cache).
   */
  async read(relative: string): Promise<{ file: string; bytes?: Buffer }> {
    const absolute = path.join(this.contentDir, relative);
    const file = this.display(absolute);
    try {
      return { file, bytes: readFileSync(absolute) };
    } catch {
      this.report({ file, message: 'this file is missing; the site needs it (see content/README.md)' });
      return { file };
    }
  }

  /**
   * Parses a file and validates its frontmatter. Undefined when the file cannot be read
   * at all; otherwise the source, and the data only if it is valid (problems reported).
   */
  async readMarkdown<Schema extends z.ZodType>(
    relative: string,
    schema: Schema,
  ): Promise<{ file: string; data?: z.output<Schema>; source: MarkdownFile } | undefined> {
    const { file, bytes } = await this.read(relative);
    if (!bytes) return undefined;
    const parsed = await this.parse(bytes, file);
    if (!parsed.ok) {
      parsed.problems.forEach((problem) => this.report(problem));
      return undefined;
    }
    this.remember(file, parsed.file.data, parsed.file.lineOf);
    const result = schema.safeParse(parsed.file.data);
    if (!result.success) {
      const context = { file, data: parsed.file.data, schema, lineOf: parsed.file.lineOf };
      explainIssues(result.error.issues, context).forEach((problem) => this.report(problem));
    }
    const hidden = findHiddenCharacters(parsed.file.data);
    for (const { path: at, description } of hidden) {
      this.report({ file, line: parsed.file.lineOf(at), field: fieldLabel(at), message: hiddenCharacterMessage(description) });
    }
    return { file, data: result.success && hidden.length === 0 ? result.data : undefined, source: parsed.file };
  }

  /**
   * Splits a file into fields and body. Parsing the YAML is most of a cached load's time:
   * a build keeps the parsed fields, with their lines, by the file's name and bytes.
   */
  async parse(bytes: Uint8Array, file: string): Promise<ParsedMarkdownFile> {
    const parsed = this.cache
      ? await this.cache.rememberValue('frontmatter', [file, bytes], () => parseMarkdownFields(bytes, file))
      : parseMarkdownFields(bytes, file);
    return parsed.ok ? { ok: true, file: withLineOf(parsed.file) } : parsed;
  }

  /** Renders the markdown below a file's fields to safe HTML, reporting its problems and keeping its links. */
  async render(file: string, source: MarkdownFile, field: MarkdownField): Promise<string> {
    source.body.split('\n').forEach((line, index) => {
      const description = describeHiddenCharacter(line);
      if (description) this.report({ file, line: source.bodyLine + index, field, message: hiddenCharacterMessage(description) });
    });
    const options = { basePath: this.basePath };
    // Rendering is a function of the text and the options alone: the cache is keyed by both.
    const rendered = this.cache
      ? await this.cache.rememberJson('markdown', [JSON.stringify(options), source.body], () => renderMarkdown(source.body, options))
      : await renderMarkdown(source.body, options);
    for (const problem of rendered.problems) {
      this.report({ file, line: bodyLine(source, problem.line), field, message: problem.message });
    }
    for (const link of rendered.links) {
      this.links.push({ ...link, file, field, line: bodyLine(source, link.line) });
      if (isWebAddress(link.url)) this.webAddresses.push({ url: link.url, file, field, line: bodyLine(source, link.line) });
    }
    for (const image of rendered.images) {
      await this.checkPublicImage(file, field, image.url, bodyLine(source, image.line));
    }
    return rendered.html;
  }

  /**
   * Keeps a file's way to its field lines, and every web address among its fields (at any
   * depth, such as `synergies, entry 1, url`), with its line.
   */
  remember(file: string, data: unknown, lineOf: LineOf) {
    this.fieldLines.set(file, lineOf);
    const visit = (value: unknown, at: PropertyKey[]) => {
      // Fields nest three levels at most; a hostile file nested far deeper is refused by the check anyway.
      if (at.length > MAX_FIELD_DEPTH) return;
      if (typeof value === 'string' && isWebAddress(value)) {
        this.webAddresses.push({ url: value.trim(), file, line: lineOf(at), field: fieldLabel(at) });
      } else if (Array.isArray(value)) {
        value.forEach((item, index) => visit(item, [...at, index]));
      } else if (value !== null && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) visit(item, [...at, key]);
      }
    };
    visit(data, []);
  }

  /** A logo or a picture in a description: a file in the public folder that is an image. */
  async checkPublicImage(file: string, field: string, url: string, line: number | undefined) {
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
}

/** A date field as written, if it is a valid date. */
export function rawDate(value: unknown): PartialDate | undefined {
  return typeof value === 'string' || typeof value === 'number' ? parsePartialDate(String(value)) : undefined;
}

/** How deep `remember` looks for web addresses among a file's fields. */
const MAX_FIELD_DEPTH = 8;

/** Only full https addresses lead to other sites; everything else is refused by the check or stays on this site. */
function isWebAddress(text: string): boolean {
  return /^https:\/\/\S+$/i.test(text.trim());
}

function bodyLine(source: MarkdownFile, line: number | undefined): number | undefined {
  return line === undefined ? undefined : source.bodyLine + line - 1;
}

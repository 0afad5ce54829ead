import matter from 'gray-matter';
import { isMap, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { ContentProblem } from './problems';
import { lineOfField, yamlFieldLines, type FieldLines } from './yaml-text';

/**
 * A markdown file split into its fields and its body, with where each field is: plain
 * values only, so the build cache can keep a parsed file (`ContentReader.parse`).
 */
export interface MarkdownFields {
  /** The frontmatter fields, as YAML 1.2 reads them (dates stay text; `NO` stays "NO"). */
  data: Record<string, unknown>;
  /** The markdown after the closing `---`. */
  body: string;
  /** The line of the file on which the body starts, to turn body lines into file lines. */
  bodyLine: number;
  /** The line of each field and entry. */
  fieldLines: FieldLines;
}

/** A markdown file split into its fields and its body, with a way back to line numbers. */
export interface MarkdownFile extends MarkdownFields {
  /** The 1-based line in the file where the field at `path` (or its nearest parent) is. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type ParsedMarkdown<File> = { ok: true; file: File } | { ok: false; problems: ContentProblem[] };
export type ParsedMarkdownFile = ParsedMarkdown<MarkdownFile>;

/** A parsed file with its way to field lines. */
export function withLineOf(fields: MarkdownFields): MarkdownFile {
  return { ...fields, lineOf: lineOfField(fields.fieldLines) };
}

/**
 * Reads one content file from its raw bytes. Accepts a byte-order mark and Windows line
 * endings (common from Windows editors); reports, rather than guesses at, everything else.
 */
export function parseMarkdownFile(bytes: Uint8Array, file: string): ParsedMarkdownFile {
  const parsed = parseMarkdownFields(bytes, file);
  return parsed.ok ? { ok: true, file: withLineOf(parsed.file) } : parsed;
}

const DELIMITER = /^---[ \t]*$/;
const FIX_HINT = 'check the colons, quotes and indentation on that line';

/** `parseMarkdownFile` in plain values: what the build cache keeps for a file. */
export function parseMarkdownFields(bytes: Uint8Array, file: string): ParsedMarkdown<MarkdownFields> {
  const problem = (message: string, line?: number, field = 'frontmatter'): ParsedMarkdown<MarkdownFields> => ({
    ok: false,
    problems: [{ file, line, field, message }],
  });

  let text: string;
  try {
    // The decoder drops a leading byte-order mark by itself.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problem(
      'the file is not saved as UTF-8 text; open it in your editor and save it again with the "UTF-8" encoding',
      undefined,
      'file',
    );
  }
  text = text.replace(/\r\n?/g, '\n');

  if (text.trim() === '') {
    return problem(
      'the file is empty; start from a copy of an existing project file, or run: npm run new -- "Project name"',
      undefined,
      'file',
    );
  }
  const lines = text.split('\n');
  if (!DELIMITER.test(lines[0] ?? '')) {
    return problem(
      'the file has no frontmatter; it must start with a line of three dashes (---), then the fields, then another --- line',
      1,
    );
  }
  // The frontmatter ends at the first line that starts with ---, as gray-matter reads it;
  // anything but exactly three dashes there would move fields into the body unnoticed.
  const closingIndex = lines.findIndex((line, index) => index > 0 && line.startsWith('---'));
  if (closingIndex === -1) {
    return problem(
      'the frontmatter is never closed; add a line of three dashes (---) after the last field',
      lastFieldLine(lines),
    );
  }
  if (!DELIMITER.test(lines[closingIndex] ?? '')) {
    return problem(
      'this line ends the frontmatter, so it must be exactly three dashes (---) with nothing after them',
      closingIndex + 1,
    );
  }
  // Trailing spaces after the dashes would shift gray-matter's line count against ours.
  lines[0] = '---';
  lines[closingIndex] = '---';
  text = lines.join('\n');

  const lineCounter = new LineCounter();
  let document: Document | undefined;
  let yamlError: YAMLError | undefined;
  let aliasError = false;
  // Lines the YAML text starts below the file's first line (gray-matter may keep the
  // newline after the opening ---, in which case YAML's line 1 is that --- line).
  let lineOffset = 1;
  const parsed = matter(text, {
    // gray-matter would otherwise take an excerpt separator from the file's own fields,
    // and crash on one that is not text; the site has no use for excerpts.
    excerpt: () => '',
    engines: {
      yaml: (source: string) => {
        lineOffset = source.startsWith('\n') ? 0 : 1;
        // Warnings (such as a list used as a field name) would go to the console; such a
        // field is reported as unknown anyway.
        document = parseDocument(source, { lineCounter, prettyErrors: true, logLevel: 'error' });
        yamlError = document.errors[0];
        if (yamlError) return {};
        try {
          // Aliases (*name) are YAML's way to repeat a value; editors only meet them by
          // accident (*emphasis*), and a limit keeps a hostile file from blowing up.
          return document.toJS({ maxAliasCount: 10 }) as object;
        } catch {
          aliasError = true;
          return {};
        }
      },
    },
  });
  if (yamlError) {
    const frontmatter = lines.slice(0, closingIndex);
    const stray = findStrayIndent(frontmatter);
    if (stray) {
      return problem('this line starts with spaces; a field starts at the beginning of its line', stray.line, stray.field);
    }
    const line = (yamlError.linePos?.[0].line ?? 1) + lineOffset;
    const field = /^([A-Za-z][\w-]*):/.exec(lines[line - 1] ?? '')?.[1];
    return problem(describeYamlError(yamlError, lines[line - 1] ?? ''), line, field ?? 'frontmatter');
  }
  if (aliasError) {
    const index = lines.findIndex((line, at) => at > 0 && at < closingIndex && /^\s*[\w-]+:\s*[*&]/.test(line));
    const field = /^\s*([\w-]+):/.exec(lines[index] ?? '')?.[1];
    return problem(
      'text that starts with * or & must be wrapped in quotes, such as: summary: "*New* approach"',
      index === -1 ? undefined : index + 1,
      field ?? 'frontmatter',
    );
  }
  const contents = document?.contents;
  if (contents != null && !isMap(contents)) {
    return problem('the frontmatter must be a list of fields, one per line, such as: title: UPPER', 2);
  }

  return {
    ok: true,
    file: {
      data: (parsed.data ?? {}) as Record<string, unknown>,
      body: parsed.content,
      bodyLine: closingIndex + 2,
      fieldLines: yamlFieldLines(contents, lineCounter, lineOffset),
    },
  };
}

/**
 * Where an unclosed frontmatter most likely ends: the last line that still looks like a
 * field (`title: …`, an indented line or a list item) before the first line of prose or
 * a heading, so the message points where the closing --- belongs.
 */
function lastFieldLine(lines: readonly string[]): number {
  let last = 1;
  for (const [index, text] of lines.entries()) {
    if (index === 0 || text.trim() === '') continue;
    if (!/^([A-Za-z][\w-]*\s*:|\s+\S|-\s)/.test(text)) break;
    last = index + 1;
  }
  return last;
}

/**
 * A field indented by mistake (`  programme: …` below a finished field) makes YAML report a
 * puzzling error elsewhere; find it first, so the message points at the line to fix.
 */
function findStrayIndent(lines: readonly string[]): { line: number; field: string } | undefined {
  let previous = '';
  for (const [index, text] of lines.entries()) {
    if (index === 0 || text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const indented = /^[ ]+([A-Za-z][\w-]*):(\s|$)/.exec(text);
    // Indented fields are fine under a field that opens a group (`cities:`) or a list item.
    const previousOpensGroup = /:\s*$/.test(previous) || /^\s*- /.test(previous) || /^\s+\w+:/.test(previous);
    if (indented?.[1] && !previousOpensGroup) return { line: index + 1, field: indented[1] };
    previous = text;
  }
  return undefined;
}

/** YAML's own error text, made readable for someone who has never heard of YAML. */
function describeYamlError(error: YAMLError, lineText: string): string {
  // YAML gives * & ! @ ` % a meaning of their own at the start of a value.
  const special = /^([A-Za-z][\w-]*):\s*([*&!@`%].*)$/.exec(lineText);
  if (special) {
    return `text that starts with ${special[2]?.[0]} must be wrapped in quotes; write: ${special[1]}: "${special[2]?.replaceAll('"', "'")}"`;
  }
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'a tab is used for indenting; indent with spaces instead';
    case 'DUPLICATE_KEY':
      return 'this field is written twice; keep only one';
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const [, key, value] = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(lineText) ?? [];
      return key && value
        ? `the text has a colon in it, so it must be wrapped in quotes; write: ${key}: "${value.replaceAll('"', "'")}"`
        : 'this line has a second colon after the field name; wrap the text after the first colon in "quotes"';
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a field seems to run over two lines; keep it on one line or wrap the text in "quotes"';
    case 'MISSING_CHAR':
      return 'a quote, bracket or brace is opened and never closed';
    default: {
      const firstSentence = error.message.split(/ at line \d+/)[0]?.trim() ?? error.message;
      return `the frontmatter cannot be read here (${firstSentence.replace(/\.$/, '')}); ${FIX_HINT}`;
    }
  }
}

import matter from 'gray-matter';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { ContentProblem } from './problems';

/** A markdown file split into its fields and its body, with a way back to line numbers. */
export interface MarkdownFile {
  /** The frontmatter fields, as YAML 1.2 reads them (dates stay text; `NO` stays "NO"). */
  data: Record<string, unknown>;
  /** The markdown after the closing `---`. */
  body: string;
  /** The line of the file on which the body starts, to turn body lines into file lines. */
  bodyLine: number;
  /** The 1-based line in the file where the field at `path` (or its nearest parent) is. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type ParsedMarkdownFile =
  | { ok: true; file: MarkdownFile }
  | { ok: false; problems: ContentProblem[] };

const DELIMITER = /^---[ \t]*$/;
const FIX_HINT = 'check the colons, quotes and indentation on that line';

/**
 * Reads one content file from its raw bytes. Accepts a byte-order mark and Windows line
 * endings (common from Windows editors); reports, rather than guesses at, everything else.
 */
export function parseMarkdownFile(bytes: Uint8Array, file: string): ParsedMarkdownFile {
  const problem = (message: string, line?: number, field = 'frontmatter'): ParsedMarkdownFile => ({
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
  const closingIndex = lines.findIndex((line, index) => index > 0 && DELIMITER.test(line));
  if (closingIndex === -1) {
    return problem(
      'the frontmatter is never closed; add a line of three dashes (---) after the last field',
      1,
    );
  }

  const lineCounter = new LineCounter();
  let document: Document | undefined;
  let yamlError: YAMLError | undefined;
  // Lines the YAML text starts below the file's first line (gray-matter may keep the
  // newline after the opening ---, in which case YAML's line 1 is that --- line).
  let lineOffset = 1;
  const parsed = matter(text, {
    engines: {
      yaml: (source: string) => {
        lineOffset = source.startsWith('\n') ? 0 : 1;
        document = parseDocument(source, { lineCounter, prettyErrors: true });
        yamlError = document.errors[0];
        return yamlError ? {} : (document.toJS() as object);
      },
    },
  });
  if (yamlError) {
    const line = (yamlError.linePos?.[0].line ?? 1) + lineOffset;
    return problem(describeYamlError(yamlError), line);
  }
  const contents = document?.contents;
  if (contents != null && !isMap(contents)) {
    return problem('the frontmatter must be a list of fields, one per line, such as: title: UPPER', 2);
  }

  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = contents;
    let offset: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
        if (!pair) break;
        offset = (pair.key as { range?: [number, number, number] }).range?.[0];
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0] ?? offset;
      } else {
        break;
      }
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
  };

  return {
    ok: true,
    file: {
      data: (parsed.data ?? {}) as Record<string, unknown>,
      body: parsed.content,
      bodyLine: closingIndex + 2,
      lineOf,
    },
  };
}

/** YAML's own error text, made readable for someone who has never heard of YAML. */
function describeYamlError(error: YAMLError): string {
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'a tab is used for indenting; indent with spaces instead';
    case 'DUPLICATE_KEY':
      return 'this field is written twice; keep only one';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'this line has a second colon after the field name; wrap the text after the first colon in "quotes"';
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

import { plural } from '../text';

/**
 * A problem found in a content file, phrased for the editors who fix it.
 * Every check in the content pipeline reports through this one shape, so the build,
 * `npm run check` and the tests all print the same words.
 */
export interface ContentProblem {
  /** Path of the file, relative to the project root (e.g. `content/projects/upper.md`). */
  file: string;
  /** 1-based line of the offending field, when it can be pointed at. */
  line?: number;
  /** The field (or `file name`, `frontmatter`, `body`) the problem is about. */
  field?: string;
  /** What is wrong and what to write instead, in plain words. */
  message: string;
  /** A warning is printed but publishes all the same; anything else stops the build. */
  severity?: 'warning';
}

/** One problem as a compiler-style line: `file:line: field — message`. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const what = problem.field ? `${problem.field} — ${problem.message}` : problem.message;
  return `${where}: ${problem.severity === 'warning' ? 'warning: ' : ''}${what}`;
}

/** The closing line of a report: `3 problems in 2 files`. */
export function summarizeProblems(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  return `${plural(problems.length, 'problem')} in ${plural(files, 'file')}`;
}

/** Orders problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0),
  );
}

/**
 * Thrown when content cannot be published. Its message is the whole report, so a failed
 * build shows editors every problem at once, not just the first.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const sorted = sortProblems(problems);
    super(
      [
        'The content has problems; nothing was published.',
        ...sorted.map(formatProblem),
        summarizeProblems(sorted),
      ].join('\n'),
    );
    this.name = 'ContentError';
    this.problems = sorted;
  }
}

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDirectory } from '../settings';
import { checkContent } from '../content/load';
import { formatProblem, sortProblems, summarizeProblems } from '../content/problems';
import { plural } from '../text';

/** What `npm run check` prints and how it exits. */
export interface CheckResult {
  lines: string[];
  exitCode: 0 | 1;
}

/**
 * Checks every file in the content folder with the same code the build uses, drafts
 * included (a draft becomes public the moment someone flips it). Warnings are printed
 * with the problems but do not fail the check.
 */
export async function runCheck(contentDir: string, { reviewDay }: { reviewDay?: Date } = {}): Promise<CheckResult> {
  const report = await checkContent({ contentDir, includeDrafts: true, reviewDay });
  const lines = sortProblems([...report.problems, ...report.warnings]).map(formatProblem);
  if (report.problems.length > 0) {
    return { lines: [...lines, summarizeProblems(report.problems)], exitCode: 1 };
  }
  const projects = report.content?.projects ?? [];
  const drafts = projects.filter((project) => project.draft).length;
  const folder = path.basename(contentDir);
  const counted = plural(projects.length, 'project');
  return {
    lines: [...lines, `OK: ${folder}/ has no problems (${counted}${drafts ? `, ${drafts} of them draft` : ''}).`],
    exitCode: 0,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runCheck(contentDirectory());
  console.log(result.lines.join('\n'));
  process.exitCode = result.exitCode;
}

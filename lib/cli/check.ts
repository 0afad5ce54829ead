import { pathToFileURL } from 'node:url';
import { contentFolderInRepository } from '../content/layout';
import { buildCache, type BuildCache } from '../build-cache';
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
export async function runCheck(
  contentDir: string,
  { reviewDay, forBuild = false, cache }: { reviewDay?: Date; forBuild?: boolean; cache?: BuildCache } = {},
): Promise<CheckResult> {
  const report = await checkContent({ contentDir, includeDrafts: true, reviewDay, requirePublished: forBuild, cache });
  const lines = sortProblems([...report.problems, ...report.warnings]).map(formatProblem);
  if (report.problems.length > 0) {
    return { lines: [...lines, summarizeProblems(report.problems)], exitCode: 1 };
  }
  const projects = report.content?.projects ?? [];
  const drafts = projects.filter((project) => project.draft).length;
  const folder = contentFolderInRepository(contentDir);
  const counted = plural(projects.length, 'project');
  return {
    lines: [...lines, `OK: ${folder}/ has no problems (${counted}${drafts ? `, ${drafts} of them draft` : ''}).`],
    exitCode: 0,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `npm run build` runs `check --build`: then a site with nothing to publish is a problem,
  // and the descriptions it renders go into the build cache, where the build's loads find them.
  const forBuild = process.argv.includes('--build');
  const result = await runCheck(contentDirectory(), { forBuild, cache: forBuild ? buildCache() : undefined });
  console.log(result.lines.join('\n'));
  process.exitCode = result.exitCode;
}

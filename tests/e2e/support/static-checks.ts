import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LinkChecker } from 'linkinator';

/**
 * The W3C Nu HTML Checker on a set of HTML files. It runs on the machine's Java: vnu-jar's
 * own install script, which would download a Java runtime, is denied in package.json.
 */
export function htmlValidationErrors(files: readonly string[]): string[] {
  const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
  if (run.error) {
    throw new Error('No Java found for the HTML checker: install it (Debian/Ubuntu: sudo apt-get install default-jre-headless).');
  }
  let report: { messages: Array<{ type: string; subType?: string; url: string; lastLine?: number; message: string }> };
  try {
    report = JSON.parse(run.stderr);
  } catch {
    throw new Error(`The HTML checker gave no report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  const errors = report.messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => `${message.url.replace(/^file:/, '')}:${message.lastLine ?? '?'}: ${message.message}`);
  // The exit status must agree with the report, so a checker that failed to run never passes.
  if (run.status !== 0 && errors.length === 0) {
    throw new Error(`The HTML checker failed (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  return errors;
}

/**
 * Every link and asset reachable from `baseUrl` on the same site, followed recursively:
 * how many were checked, and the broken ones.
 */
export async function checkLinks(baseUrl: string, startPath = '/'): Promise<{ checked: number; broken: string[] }> {
  const result = await new LinkChecker().check({
    path: `${baseUrl}${startPath}`,
    recurse: true,
    // Other organisations' sites are not ours to test (and the network is closed here).
    linksToSkip: [`^(?!${baseUrl.replaceAll('.', '\\.')})`],
    concurrency: 4,
  });
  const own = result.links.filter((link) => link.state !== 'SKIPPED');
  return {
    checked: own.length,
    broken: own
      .filter((link) => link.state === 'BROKEN')
      .map((link) => `${link.url} (${link.status}) linked from ${link.parent ?? '?'}`),
  };
}

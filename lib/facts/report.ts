import { checkContent } from '../content/load';
import { formatProblem, sortProblems, type ContentProblem } from '../content/problems';
import { REVIEW_INTERVAL_MONTHS } from '../content/review';
import { lookUpCordisProject } from './cordis';
import { differencesFromCordis } from './drift';
import { failingLinks } from './links';
import { PoliteClient } from './polite-client';
import type { FactsSettings } from '../settings';

/** What `npm run facts` prints, and how it exits. */
export interface FactsReport {
  lines: string[];
  /** How many things the report asks an editor to look at. */
  findings: number;
  /** 1 only when the report cannot be made at all; findings never fail it. */
  exitCode: 0 | 1;
}

/** The last line of a report without findings; the weekly workflow closes its issue on it. */
export const NO_FINDINGS = 'No findings: the facts agree with CORDIS, no review is due and every link works.';

/**
 * Compares the content with its sources and changes nothing: every project with a grant
 * agreement against its CORDIS record, every review date against the last twelve months,
 * and every web address in the content against the live web.
 */
export async function factsReport(
  contentDir: string,
  { settings, today = new Date(), fetch }: { settings: FactsSettings; today?: Date; fetch?: typeof globalThis.fetch },
): Promise<FactsReport> {
  const content = await checkContent({ contentDir, includeDrafts: true, reviewDay: today });
  if (!content.content) {
    return {
      lines: [
        'The content has problems, so it cannot be compared with its sources; run npm run check and fix them first:',
        ...sortProblems(content.problems).map(formatProblem),
      ],
      findings: 0,
      exitCode: 1,
    };
  }
  const client = new PoliteClient({ delayMs: settings.delayMs, timeoutMs: settings.timeoutMs, fetch });

  const cordisLines: ContentProblem[] = [];
  const compared = content.content.projects.filter((project) => project.grantAgreement);
  for (const project of compared) {
    const line = (field: string) => content.lineOf(project.file, [field]);
    const lookup = await lookUpCordisProject(client, settings.cordisUrl, project.grantAgreement!);
    if (lookup.kind !== 'found') {
      const message = lookup.kind === 'not-found' ? lookup.message : `not compared: ${lookup.message}`;
      cordisLines.push({ file: project.file, line: line('grantAgreement'), field: 'grantAgreement', message });
      continue;
    }
    const updated = lookup.project.updated ? `record updated ${lookup.project.updated}` : 'record not dated';
    for (const difference of differencesFromCordis(project, lookup.project)) {
      cordisLines.push({ file: project.file, line: line(difference.field), field: difference.field, message: `CORDIS says ${difference.cordisSays} (${updated})` });
    }
  }

  const reviews = content.warnings.filter((warning) => warning.field === 'reviewed');
  const links = await failingLinks(content.webAddresses, client);
  const linkLines: ContentProblem[] = links.failing.map(({ file, line, field, url, reason }) => ({ file, line, field, message: `${url} ${reason}` }));

  const section = (title: string, problems: readonly ContentProblem[]) => [
    '',
    `${title}: ${problems.length || 'none'}`,
    ...sortProblems(problems).map((problem) => formatProblem({ ...problem, severity: undefined })),
  ];
  const findings = cordisLines.length + reviews.length + linkLines.length;
  return {
    lines: [
      `Facts report on ${today.toISOString().slice(0, 10)}: ${compared.length} project${compared.length === 1 ? '' : 's'} compared with CORDIS (${settings.cordisUrl}), ${links.checked} web address${links.checked === 1 ? '' : 'es'} checked.`,
      ...section('Differences from CORDIS', cordisLines),
      ...section(`Reviews due (more than ${REVIEW_INTERVAL_MONTHS} months old)`, reviews),
      ...section('Links that fail', linkLines),
      '',
      findings === 0 ? NO_FINDINGS : `Findings: ${findings}. This report changes no file; correct the content by hand and set reviewed to the day you checked.`,
    ],
    findings,
    exitCode: 0,
  };
}

import { cordisUrl } from '../routes';
import { parseCordisProject, type CordisProject } from './cordis-record';
import type { PoliteClient } from './polite-client';

/** What asking CORDIS for a project came to: three outcomes an editor must tell apart. */
export type CordisLookup =
  | { kind: 'found'; project: CordisProject }
  | { kind: 'not-found'; message: string }
  | { kind: 'unreachable'; message: string };

/** The address of a project's record in XML; no key is needed. */
export function cordisRecordUrl(baseUrl: string, grantAgreement: string): string {
  return `${cordisUrl(grantAgreement, baseUrl)}/en?format=xml`;
}

/**
 * Asks CORDIS for one project's record. "No such project" (CORDIS answers 404) is told
 * apart from "CORDIS cannot be asked right now" (no answer, a server error twice, or an
 * answer that is not a project record), because only the first means the number is wrong.
 */
export async function lookUpCordisProject(client: PoliteClient, baseUrl: string, grantAgreement: string): Promise<CordisLookup> {
  const url = cordisRecordUrl(baseUrl, grantAgreement);
  const answer = await client.get(url, { readBody: true, accept: 'application/xml' });
  if (answer.kind === 'failed') {
    return { kind: 'unreachable', message: `CORDIS cannot be reached at ${url}: ${answer.reason}; try again later` };
  }
  if (answer.status === 404) {
    return { kind: 'not-found', message: `CORDIS has no project with grant agreement ${grantAgreement}; check the number (it is on the project's CORDIS page)` };
  }
  if (answer.status !== 200) {
    return { kind: 'unreachable', message: `CORDIS answered ${answer.status} ${answer.statusText} for ${url}; try again later` };
  }
  const project = parseCordisProject(answer.body ?? '');
  if (!project) return { kind: 'unreachable', message: `CORDIS answered ${url} with something that is not a project record; try again later` };
  if (project.id !== grantAgreement) {
    return { kind: 'unreachable', message: `CORDIS answered ${url} with the record of project ${project.id}, not ${grantAgreement}; try again later` };
  }
  return { kind: 'found', project };
}

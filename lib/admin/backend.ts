import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { cmsBackendSettings } from '../settings';
import { ADMIN_FOLDER } from './paths';

/** Writes the settings into an export's admin/config.yml; says what it did. */
export async function configureBackend(outDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const file = path.join(outDir, ADMIN_FOLDER, 'config.yml');
  const settings = cmsBackendSettings(env);
  const doc = parseDocument(await readFile(file, 'utf8'));
  if (settings.repo) doc.setIn(['backend', 'repo'], settings.repo);
  doc.setIn(['backend', 'branch'], settings.branch);
  if (settings.authUrl) doc.setIn(['backend', 'base_url'], settings.authUrl);
  await writeFile(file, doc.toString({ lineWidth: 0 }));
  if (!settings.repo) return 'The CMS at /admin/ edits no repository yet; if you use the browser editor, set CMS_GITHUB_REPO=owner/name for the build (README, "Editing in the browser").';
  return `The CMS at /admin/ edits ${settings.repo} (${settings.branch})${settings.authUrl ? `, signing in through ${settings.authUrl}` : '; set CMS_AUTH_URL to let editors sign in'}.`;
}

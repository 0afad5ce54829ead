import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { ADMIN_FOLDER } from './paths';

/**
 * The CMS's GitHub settings, which differ per site and so are not in the committed
 * config.yml: read once here, from the build's environment.
 * - CMS_GITHUB_REPO: `owner/name` of the repository editors work on. On Vercel and in
 *   GitHub Actions it defaults to the repository being built.
 * - CMS_BRANCH: the branch the site is built from (`main`).
 * - CMS_AUTH_URL: the address of the small sign-in service (an OAuth proxy) that lets
 *   editors sign in with GitHub; see "Editing in the browser" in the README.
 */
export interface CmsBackendSettings {
  repo?: string;
  branch: string;
  authUrl?: string;
}

const REPO = /^[\w.-]+\/[\w.-]+$/;

/** The settings from an environment, with a message for each value that cannot be used. */
export function cmsBackendSettings(env: NodeJS.ProcessEnv): CmsBackendSettings {
  const fromVercel = env.VERCEL_GIT_REPO_OWNER && env.VERCEL_GIT_REPO_SLUG ? `${env.VERCEL_GIT_REPO_OWNER}/${env.VERCEL_GIT_REPO_SLUG}` : undefined;
  const repo = env.CMS_GITHUB_REPO || fromVercel || env.GITHUB_REPOSITORY || undefined;
  if (repo !== undefined && !REPO.test(repo)) throw new Error(`CMS_GITHUB_REPO is "${repo}"; write the repository as owner/name, such as spine-project/liaison`);
  const authUrl = env.CMS_AUTH_URL || undefined;
  if (authUrl !== undefined && !/^https:\/\/[^/\s]+(\/\S*)?$/.test(authUrl)) {
    throw new Error(`CMS_AUTH_URL is "${authUrl}"; write the sign-in service's address, starting with https://`);
  }
  return { repo, branch: env.CMS_BRANCH || 'main', authUrl: authUrl?.replace(/\/$/, '') };
}

/** Writes the settings into an export's admin/config.yml; says what it did. */
export async function configureBackend(outDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const file = path.join(outDir, ADMIN_FOLDER, 'config.yml');
  const settings = cmsBackendSettings(env);
  const doc = parseDocument(await readFile(file, 'utf8'));
  if (settings.repo) doc.setIn(['backend', 'repo'], settings.repo);
  doc.setIn(['backend', 'branch'], settings.branch);
  if (settings.authUrl) doc.setIn(['backend', 'base_url'], settings.authUrl);
  await writeFile(file, doc.toString({ lineWidth: 0 }));
  if (!settings.repo) return 'The CMS at /admin/ edits no repository yet: set CMS_GITHUB_REPO=owner/name for the build (see the README).';
  return `The CMS at /admin/ edits ${settings.repo} (${settings.branch})${settings.authUrl ? `, signing in through ${settings.authUrl}` : '; set CMS_AUTH_URL to let editors sign in'}.`;
}

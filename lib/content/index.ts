import path from 'node:path';
import { loadContent, type LoadOptions } from './load';
import type { Content, Project } from './types';

export type { Content, Project, ProjectStatus, Site, TextPage, Theme, City, ProjectDate } from './types';

/**
 * The content folder: `content/` unless LIAISON_CONTENT_DIR points elsewhere, so tests and
 * benchmarks can build the whole site from another folder.
 */
export function contentDirectory(): string {
  // Content is read at build time only (every page is static), so the server bundle must
  // not trace the folder: tell Turbopack not to follow this path.
  return path.resolve(/*turbopackIgnore: true*/ process.env.LIAISON_CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

/** The options one build (or one dev request) loads content with. */
export function buildOptions(): LoadOptions {
  const today = process.env.LIAISON_TODAY;
  return {
    contentDir: contentDirectory(),
    today: today ? new Date(`${today}T00:00:00Z`) : new Date(),
    includeDrafts: process.env.NODE_ENV === 'development',
    basePath: process.env.BASE_PATH ?? '',
  };
}

const loaded = new Map<string, Promise<Content>>();

/**
 * The site's content, read once per build process and shared by every page and every
 * `generateMetadata`. In `next dev` it is read afresh on each request, so a saved edit
 * shows on reload.
 */
export function getContent(): Promise<Content> {
  const options = buildOptions();
  if (process.env.NODE_ENV === 'development') return loadContent(options);
  // Keyed by every option, so tests and benchmarks can use several in one process.
  const key = JSON.stringify(options);
  let content = loaded.get(key);
  if (!content) {
    content = loadContent(options);
    loaded.set(key, content);
  }
  return content;
}

/** One project by its slug, or undefined. */
export async function getProject(slug: string): Promise<Project | undefined> {
  const { projects } = await getContent();
  return projects.find((project) => project.slug === slug);
}

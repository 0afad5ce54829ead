import path from 'node:path';
import { cache } from 'react';
import { activeContentDirectory } from './layout';
import { loadContent, type LoadOptions } from './load';
import type { Content, Project } from './types';

export type { Content, Project, ProjectStatus, Site, TextPage, Theme, City, ProjectDate, Synergy } from './types';

/**
 * The content folder: `content/` once it holds a site of its own, the example host in
 * `content/example/` until then (lib/content/layout.ts), unless LIAISON_CONTENT_DIR points
 * elsewhere, so tests and benchmarks can build the whole site from another folder.
 */
export function contentDirectory(): string {
  // Content is read at build time only (every page is static), so the server bundle must
  // not trace the folder: tell Turbopack not to follow this path.
  const chosen = process.env.LIAISON_CONTENT_DIR;
  return path.resolve(/*turbopackIgnore: true*/ chosen ?? activeContentDirectory(process.cwd()));
}

/** The options one build (or one dev request) loads content with. */
export function buildOptions(): LoadOptions {
  const today = process.env.LIAISON_TODAY;
  return {
    contentDir: contentDirectory(),
    // A day, not an instant: statuses change by the day, and the options stay the same
    // (and so cacheable) all day long.
    today: new Date(`${today ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`),
    includeDrafts: process.env.NODE_ENV === 'development',
    basePath: process.env.BASE_PATH ?? '',
  };
}

const loaded = new Map<string, Promise<Content>>();

// In development, once per request: the layout, the page and its metadata share one read.
// The key only tells requests with different options apart; the options are rebuilt here.
const loadForThisRequest = cache((key: string) => {
  void key;
  return loadContent(buildOptions());
});

/**
 * The site's content, read once per build process and shared by every page and every
 * `generateMetadata`. In `next dev` it is read afresh on each request, so a saved edit
 * shows on reload.
 */
export function getContent(): Promise<Content> {
  const options = buildOptions();
  // Keyed by every option, so tests and benchmarks can use several in one process.
  const key = JSON.stringify(options);
  if (process.env.NODE_ENV === 'development') return loadForThisRequest(key);
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

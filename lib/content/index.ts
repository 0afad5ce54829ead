import { cache } from 'react';
import { nextBuildCache } from '../build-cache';
import { basePath, contentDirectory, statusDay } from '../settings';
import { loadContent, type LoadOptions } from './load';
import type { Content, Project } from './types';

export type { Content, Project, ProjectStatus, Host, TextPage, Theme, City, ProjectDate, Synergy } from './types';

/** The options one build (or one dev request) loads content with, from the settings. */
function buildOptions(): LoadOptions {
  return {
    contentDir: contentDirectory(),
    today: statusDay(),
    includeDrafts: process.env.NODE_ENV === 'development',
    basePath: basePath(),
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
    // A build keeps rendered descriptions between builds; `next dev` reads afresh, above.
    content = loadContent({ ...options, cache: nextBuildCache() });
    loaded.set(key, content);
  }
  return content;
}

/** One project by its slug, or undefined. */
export async function getProject(slug: string): Promise<Project | undefined> {
  const { projects } = await getContent();
  return projects.find((project) => project.slug === slug);
}

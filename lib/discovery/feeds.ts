import { Feed } from 'feed';
import type { Content, Project } from '@/lib/content';
import { LISTING_TITLE } from '@/lib/site';
import { absoluteUrl } from '../settings';
import { projectPath } from '../routes';

/** The feeds of projects: where each is published and the content type it is served with. */
export const FEEDS = {
  rss: { path: '/feeds/projects.rss', type: 'application/rss+xml', title: 'RSS' },
  atom: { path: '/feeds/projects.atom', type: 'application/atom+xml', title: 'Atom' },
  json: { path: '/feeds/projects.json', type: 'application/feed+json', title: 'JSON Feed' },
} as const;

/**
 * XML 1.0 cannot hold control characters at all, even in CDATA. The check refuses them in
 * content (lib/content/hidden-characters.ts); this keeps a feed well-formed regardless.
 */
export function xmlSafe(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** The published projects, newest first by the day they were listed, then by title. */
export function projectsNewestFirst(projects: readonly Project[]): Project[] {
  return projects
    .filter((project) => !project.draft)
    .sort((a, b) => b.listed.getTime() - a.listed.getTime() || a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }));
}

/**
 * One feed of the published projects, in all three formats. Its date is the newest
 * project's `listed` day, never the build's time, so an unchanged site gives unchanged feeds.
 */
export function projectFeed({ host, projects }: Pick<Content, 'host' | 'projects'>): Feed {
  const items = projectsNewestFirst(projects);
  const home = absoluteUrl('/');
  const feed = new Feed({
    id: home,
    link: home,
    title: xmlSafe(`${LISTING_TITLE} · ${host.name}`),
    description: xmlSafe(host.description),
    language: 'en',
    updated: items[0]?.listed ?? new Date(0),
    generator: host.name,
    copyright: xmlSafe(`${host.name}: ${host.fullName}`),
    feedLinks: Object.fromEntries(Object.entries(FEEDS).map(([format, feed]) => [format, absoluteUrl(feed.path)])),
  });
  for (const project of items) {
    const link = absoluteUrl(projectPath(project.slug));
    feed.addItem({
      id: link,
      link,
      title: xmlSafe(project.fullName ? `${project.title}: ${project.fullName}` : project.title),
      description: xmlSafe(project.summary),
      date: project.listed,
      published: project.listed,
      category: project.themes.map((theme) => ({ name: xmlSafe(theme.label), term: theme.id })),
    });
  }
  return feed;
}

/**
 * The Atom text of a feed. `feed` escapes `&` and xml-js `"` in attribute values, but
 * neither escapes `<`, which XML forbids there: a theme label such as `<b>` in a
 * category's `label` would make the whole feed unreadable. Category elements are
 * self-closing with double-quoted values that cannot hold a raw `"`, so this finds them
 * exactly and escapes `<` in their values.
 */
export function atomText(feed: Feed): string {
  return feed.atom1().replace(/<category((?:\s+[\w:-]+="[^"]*")*)\s*\/>/g, (element) =>
    element.replace(/="([^"]*)"/g, (_attribute, value: string) => `="${value.replace(/</g, '&lt;')}"`),
  );
}

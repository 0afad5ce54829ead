import type { Metadata } from 'next';
import type { Theme } from '@/lib/content';
import { themePath } from '@/lib/routes';
import { FEEDS } from './feeds';
import { absoluteUrl } from '../settings';

/** The feeds, advertised on every page with `<link rel="alternate">`. */
export function feedAlternates(): NonNullable<NonNullable<Metadata['alternates']>['types']> {
  return Object.fromEntries(
    Object.values(FEEDS).map((feed) => [feed.type, [{ url: absoluteUrl(feed.path), title: `Projects (${feed.title})` }]]),
  );
}

/**
 * What a page tells search engines and link previews: its title and description, its one
 * canonical address (with BASE_PATH), Open Graph and Twitter card tags, and the feeds.
 * The social card itself comes from the nearest `opengraph-image` file of the route.
 */
export function pageMetadata({
  title,
  description,
  path,
  hostName,
  type = 'website',
  completeTitle = false,
}: {
  /** The page's own title; the layout adds the host's name unless `completeTitle`. */
  title: string;
  /** The title is already whole (the listing, whose layout's template does not apply). */
  completeTitle?: boolean;
  description: string;
  path: string;
  hostName: string;
  type?: 'website' | 'article';
}): Metadata {
  const url = absoluteUrl(path);
  return {
    title: completeTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url, types: feedAlternates() },
    openGraph: { type, url, title, description, siteName: hostName, locale: 'en' },
    twitter: { card: 'summary_large_image', title, description },
  };
}

/** A theme's page `page` (1-based); its first page is the canonical address of a `/page/1/` copy. */
export function themeMetadata(theme: Theme, page: number, hostName: string): Metadata {
  return pageMetadata({
    title: page > 1 ? `Theme: ${theme.label}, page ${page}` : `Theme: ${theme.label}`,
    description: page > 1 ? `${theme.description} (page ${page})` : theme.description,
    path: themePath(theme.id, page),
    hostName,
  });
}

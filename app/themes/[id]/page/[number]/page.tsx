import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ThemeView } from '@/components/ThemeView';
import { getContent } from '@/lib/content';
import { listingPageCount, projectsWithTheme } from '@/lib/content/listing';
import { themeMetadata } from '@/lib/discovery/page-metadata';

// Every page is built ahead of time; any other address is a 404.
export const dynamicParams = false;

/**
 * A theme's pages 2 onwards; page 1 is `/themes/<id>/`. Page 1 is built here too, as the
 * same page with that canonical address: Next's export needs at least one path per
 * dynamic route, even when every theme fits on one page.
 */
export async function generateStaticParams() {
  const { themes, projects } = await getContent();
  return themes.flatMap((theme) =>
    Array.from({ length: listingPageCount(projectsWithTheme(projects, theme.id).length) }, (_, index) => ({ id: theme.id, number: String(index + 1) })),
  );
}

async function themePage(params: PageProps<'/themes/[id]/page/[number]'>['params']) {
  const { id, number } = await params;
  const { themes, projects } = await getContent();
  const theme = themes.find((candidate) => candidate.id === id);
  if (!theme) return undefined;
  const withTheme = projectsWithTheme(projects, theme.id);
  const page = Number(number);
  return Number.isInteger(page) && page >= 1 && page <= listingPageCount(withTheme.length) ? { theme, projects: withTheme, page } : undefined;
}

export async function generateMetadata({ params }: PageProps<'/themes/[id]/page/[number]'>): Promise<Metadata> {
  const found = await themePage(params);
  if (!found) return {};
  return themeMetadata(found.theme, found.page, (await getContent()).host.name);
}

/** A further page of a theme's projects. */
export default async function ThemePageNumber({ params }: PageProps<'/themes/[id]/page/[number]'>) {
  const found = await themePage(params);
  if (!found) notFound();
  return <ThemeView {...found} />;
}

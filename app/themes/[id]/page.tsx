import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ThemeView } from '@/components/ThemeView';
import { getContent } from '@/lib/content';
import { projectsWithTheme } from '@/lib/content/listing';
import { themeMetadata } from '@/lib/discovery/page-metadata';

// Every theme page is built ahead of time; any other address is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  const { themes } = await getContent();
  return themes.map((theme) => ({ id: theme.id }));
}

async function themeOf(params: PageProps<'/themes/[id]'>['params']) {
  const { id } = await params;
  const { themes } = await getContent();
  return themes.find((theme) => theme.id === id);
}

export async function generateMetadata({ params }: PageProps<'/themes/[id]'>): Promise<Metadata> {
  const [theme, { host }] = await Promise.all([themeOf(params), getContent()]);
  return theme ? themeMetadata(theme, 1, host.name) : {};
}

/** One theme: what it covers and the projects that work on it (its first page). */
export default async function ThemePage({ params }: PageProps<'/themes/[id]'>) {
  const theme = await themeOf(params);
  if (!theme) notFound();
  return <ThemeView theme={theme} projects={projectsWithTheme((await getContent()).projects, theme.id)} page={1} />;
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/Breadcrumb';
import { Enhancement } from '@/components/Enhancement';
import { ProjectList } from '@/components/ProjectList';
import { getContent } from '@/lib/content';
import { count } from '@/lib/content/shared';
import { projectsWithTheme, THEMES_PATH } from '@/lib/content/listing';
import { LISTING_TITLE } from '@/lib/site';

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
  const theme = await themeOf(params);
  return theme ? { title: `Theme: ${theme.label}`, description: theme.description } : {};
}

/** One theme: what it covers and the projects that work on it; the no-JavaScript filter. */
export default async function ThemePage({ params }: PageProps<'/themes/[id]'>) {
  const theme = await themeOf(params);
  if (!theme) notFound();
  const projects = projectsWithTheme((await getContent()).projects, theme.id);
  return (
    <>
      <Breadcrumb items={[{ label: LISTING_TITLE, href: '/' }, { label: 'Themes', href: THEMES_PATH }, { label: theme.label }]} />
      <header className="mb-8 max-w-measure">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{theme.label}</h1>
        <p className="mt-2 text-xl">{theme.description}</p>
        <p className="mt-2 text-muted">{count(projects.length, 'project works', 'projects work')} on this theme.</p>
      </header>
      {projects.length > 0 ? <ProjectList projects={projects} /> : null}
      <Enhancement name="status" />
    </>
  );
}

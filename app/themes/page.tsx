import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/Breadcrumb';
import { getContent } from '@/lib/content';
import { plural } from '@/lib/text';
import { projectsWithTheme } from '@/lib/content/listing';
import { themePath, THEMES_PATH } from '@/lib/routes';
import { StructuredData } from '@/components/StructuredData';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { breadcrumbStructuredData } from '@/lib/discovery/structured-data';
import { LISTING_SHORT_TITLE, LISTING_TITLE } from '@/lib/site';

export async function generateMetadata(): Promise<Metadata> {
  const { host } = await getContent();
  return pageMetadata({
    title: 'Themes',
    description: `The themes the projects and initiatives that ${host.name} works with are about, each with its projects.`,
    path: THEMES_PATH,
    hostName: host.name,
  });
}

/** The themes index: every theme, what it covers, and how many projects work on it. */
export default async function ThemesPage() {
  const { themes, projects } = await getContent();
  return (
    <>
      <StructuredData data={breadcrumbStructuredData([{ name: LISTING_TITLE, path: '/' }, { name: 'Themes', path: THEMES_PATH }])} />
      <Breadcrumb items={[{ label: LISTING_TITLE, short: LISTING_SHORT_TITLE, href: '/' }, { label: 'Themes' }]} />
      <h1 className="mb-6 text-3xl font-bold leading-tight sm:text-4xl">Themes</h1>
      <ul className="grid max-w-measure gap-6">
        {themes.map((theme) => (
          <li key={theme.id}>
            <h2 className="text-xl font-bold">
              <Link href={themePath(theme.id)}>{theme.label}</Link>
            </h2>
            <p className="mt-1">{theme.description}</p>
            <p className="mt-1 text-muted">{plural(projectsWithTheme(projects, theme.id).length, 'project', 'projects')}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

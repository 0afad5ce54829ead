import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/Breadcrumb';
import { Prose } from '@/components/Prose';
import { StructuredData } from '@/components/StructuredData';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { breadcrumbStructuredData } from '@/lib/discovery/structured-data';
import { formatDay } from '@/lib/format';
import { LISTING_SHORT_TITLE, LISTING_TITLE } from '@/lib/site';

export async function generateMetadata(): Promise<Metadata> {
  const { site, accessibility } = await getContent();
  return pageMetadata({ title: accessibility.title, description: accessibility.description, path: '/accessibility/', siteName: site.name });
}

/** The accessibility statement, in the form of the EU's model statement. */
export default async function AccessibilityPage() {
  const { accessibility } = await getContent();
  return (
    <>
      <StructuredData
        data={breadcrumbStructuredData([
          { name: LISTING_TITLE, path: '/' },
          { name: accessibility.title, path: '/accessibility/' },
        ])}
      />
      <Breadcrumb items={[{ label: LISTING_TITLE, short: LISTING_SHORT_TITLE, href: '/' }, { label: accessibility.title }]} />
      <h1 className="mb-6 text-3xl font-bold leading-tight sm:text-4xl">{accessibility.title}</h1>
      <Prose html={accessibility.textHtml} />
      <p className="mt-8 text-muted">
        Last reviewed on <time dateTime={accessibility.reviewed.toISOString().slice(0, 10)}>{formatDay(accessibility.reviewed)}</time>.
      </p>
    </>
  );
}

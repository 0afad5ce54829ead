import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/Breadcrumb';
import { ContactLink } from '@/components/ContactLink';
import { Prose } from '@/components/Prose';
import { StructuredData } from '@/components/StructuredData';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { breadcrumbStructuredData } from '@/lib/discovery/structured-data';
import { formatDay, toIsoDay } from '@/lib/day';
import { LISTING_SHORT_TITLE, LISTING_TITLE } from '@/lib/site';
import { ACCESSIBILITY_PATH } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  const { host, accessibility } = await getContent();
  return pageMetadata({ title: accessibility.title, description: accessibility.description, path: ACCESSIBILITY_PATH, hostName: host.name });
}

/**
 * The accessibility statement, in the form of the EU's model statement. The feedback
 * section comes from the host's `contact` in site.md, the same one the footer shows, so
 * the statement never names an address the rest of the site does not.
 */
export default async function AccessibilityPage() {
  const { accessibility, host } = await getContent();
  return (
    <>
      <StructuredData
        data={breadcrumbStructuredData([
          { name: LISTING_TITLE, path: '/' },
          { name: accessibility.title, path: ACCESSIBILITY_PATH },
        ])}
      />
      <Breadcrumb items={[{ label: LISTING_TITLE, short: LISTING_SHORT_TITLE, href: '/' }, { label: accessibility.title }]} />
      <h1 className="mb-6 text-3xl font-bold leading-tight sm:text-4xl">{accessibility.title}</h1>
      <Prose html={accessibility.textHtml} />
      <section aria-labelledby="feedback" className="prose mt-8 max-w-measure">
        <h2 id="feedback">Feedback and contact information</h2>
        <p>
          If something on this site is hard or impossible for you to use, or you need any of its content in another form,
          please tell us at <ContactLink host={host} />, naming the page and what went wrong.
        </p>
      </section>
      <p className="mt-8 text-muted">
        Last reviewed on <time dateTime={toIsoDay(accessibility.reviewed)}>{formatDay(accessibility.reviewed)}</time>.
      </p>
    </>
  );
}

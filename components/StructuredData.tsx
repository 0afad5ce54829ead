import type { Graph, Thing, WithContext } from 'schema-dts';
import { jsonLdText } from '@/lib/discovery/structured-data';

/**
 * A page's structured data, as `<script type="application/ld+json">`. Browsers never run
 * it (it is data, so the Content-Security-Policy does not apply, and processing keeps it);
 * `jsonLdText` escapes it so no text from the content can end the element early.
 */
export function StructuredData({ data }: { data: Graph | WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}

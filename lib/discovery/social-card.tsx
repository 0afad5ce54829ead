import { ImageResponse } from 'next/og';
import { SocialCard, type SocialCardText } from '@/components/SocialCard';

/**
 * Social cards follow Next's `opengraph-image` convention: a route exports `size`,
 * `contentType`, `alt` and an image function, and Next renders it at build time into the
 * export (a PNG file without an extension). next/og draws with the font it bundles, so no
 * font is fetched. A new kind of page gets its card with a file such as
 * `app/themes/[id]/opengraph-image.tsx`:
 *
 * ```tsx
 * export { size, contentType } from '@/lib/discovery/social-card';
 * export const alt = 'The theme, the host project and the EU funding acknowledgement';
 * export async function generateStaticParams() { … the page's own params … }
 * export default async function Image({ params }) {
 *   return socialCardImage({ host: site, eyebrow: 'Theme', title: theme.label, subtitle: '…' });
 * }
 * ```
 */
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

/** A card as a PNG response. */
export function socialCardImage(text: SocialCardText): ImageResponse {
  return new ImageResponse(<SocialCard {...text} />, size);
}

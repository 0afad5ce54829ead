import { ImageResponse } from 'next/og';
import { SocialCard, type SocialCardText } from '@/components/SocialCard';

/**
 * Social cards follow Next's `opengraph-image` convention: a route's
 * `opengraph-image.tsx` re-exports `size` and `contentType` from here, says what its card
 * shows in `alt`, and draws it with `socialCardImage`. Next renders it at build time with
 * the font next/og bundles (nothing is fetched), and processing gives the file its `.png`
 * (lib/static-export/card-files.ts). A new kind of page gets its card with one file beside
 * its page.tsx, such as `app/themes/[id]/opengraph-image.tsx`:
 *
 * ```tsx
 * export { contentType, size } from '@/lib/discovery/social-card';
 * export const dynamic = 'force-static';
 * export const alt = 'The theme, the host project and the EU funding acknowledgement';
 * export { generateStaticParams } from './page';
 * export default async function Image({ params }: { params: Promise<{ id: string }> }) {
 *   const { site, themes } = await getContent();
 *   const theme = themes.find(…);
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

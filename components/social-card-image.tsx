import { ImageResponse } from 'next/og';
import { nextBuildCache } from '@/lib/build-cache';
import { SocialCard, type SocialCardText } from './SocialCard';

/**
 * Social cards follow Next's `opengraph-image` convention: a route's
 * `opengraph-image.tsx` re-exports `size` and `contentType` from here, says what its card
 * shows in `alt`, and draws it with `socialCardImage`. Next renders it at build time with
 * the font next/og bundles (nothing is fetched), and processing gives the file its `.png`
 * (lib/static-export/card-files.ts). A new kind of page gets its card with one file beside
 * its page.tsx, such as `app/themes/[id]/opengraph-image.tsx`:
 *
 * ```tsx
 * export { contentType, size } from '@/components/social-card-image';
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

/**
 * The most characters of a title or a subtitle a card draws. A card shows three lines at
 * most; without a limit, a description of a hundred thousand characters is laid out glyph
 * by glyph into an SVG too large to rasterise, and the build fails.
 */
export const CARD_TEXT_LIMIT = { title: 80, subtitle: 200 };

/** Text cut at a word to at most `limit` characters (whole graphemes), with an ellipsis when cut. */
export function clampText(text: string, limit: number): string {
  const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text.trim())].map((part) => part.segment);
  if (graphemes.length <= limit) return text.trim();
  const cut = graphemes.slice(0, limit - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > limit / 2 ? atWord : cut).trimEnd()}…`;
}

/**
 * A card as a PNG response. A production build keeps each card in the build cache by what
 * it shows (lib/build-cache.ts): drawing one takes about 18 ms, a thousand of them most of
 * a minute, and an edit changes one or two.
 */
export async function socialCardImage(text: SocialCardText, cache = nextBuildCache()): Promise<Response> {
  const clamped = {
    ...text,
    title: clampText(text.title, CARD_TEXT_LIMIT.title),
    subtitle: text.subtitle === undefined ? undefined : clampText(text.subtitle, CARD_TEXT_LIMIT.subtitle),
  };
  const draw = async () => new Uint8Array(await new ImageResponse(<SocialCard {...clamped} />, size).arrayBuffer());
  const png = cache ? await cache.remember('social-card', [JSON.stringify(clamped)], draw) : await draw();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': contentType } });
}

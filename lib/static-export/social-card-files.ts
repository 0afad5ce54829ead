import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Next.js exports the images of its `opengraph-image` and `twitter-image` conventions as
 * files without an extension (`projects/upper/opengraph-image`). Processing names them
 * `opengraph-image.png` and points the pages' tags at that name, because a file without an
 * extension is served right by no host on its own: Vercel's trailing-slash rule redirects
 * any address whose last part has no dot (to a folder that does not exist), and the
 * crawlers that fetch link previews often follow no redirect.
 */

/** The names Next.js gives generated social card images. */
const SOCIAL_CARD_NAMES = ['opengraph-image', 'twitter-image'];

/** PNG's eight-byte signature: the generated social cards are PNG (next/og's ImageResponse). */
export const PNG_SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');

/** A generated social card image in the export, by its path relative to the export's root. */
export function isSocialCardFile(file: string): boolean {
  return SOCIAL_CARD_NAMES.includes(file.split('/').at(-1) ?? '');
}

/**
 * An image address with the social card's new name: `…/opengraph-image?a1b2` →
 * `…/opengraph-image.png?a1b2`, absolute or not; other addresses are left alone.
 */
export function socialCardAddress(address: string): string {
  return address.replace(/\/(opengraph-image|twitter-image)(?=\?|#|$)/, '/$1.png');
}

/** The tags that name a page's social card image. */
const IMAGE_TAGS = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src']);

/** A rehype plugin: every social card image tag of a page points at the `.png` name. */
export function pngSocialCardAddresses() {
  return (tree: Root) => {
    visit(tree, 'element', (element) => {
      if (element.tagName !== 'meta') return;
      const { property, name, content } = element.properties;
      const tag = String(property ?? name ?? '');
      if (IMAGE_TAGS.has(tag) && typeof content === 'string') element.properties.content = socialCardAddress(content);
    });
  };
}

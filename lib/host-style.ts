import type { Host } from './content';

/**
 * The host's own colour reaches the page as a CSS variable in a stylesheet of its own: the
 * Content-Security-Policy allows no inline style, and the colour is content, so it cannot
 * be in the stylesheet Tailwind builds from the code. Pages link it only when the host
 * has a colour (content/site.md); the check has made sure it can be read (lib/content/contrast.ts).
 */
export function hostStylesheet(host: Pick<Host, 'colour'>): string {
  return host.colour ? `:root{--color-host:${host.colour}}\n` : '/* The host has no colour of its own (content/site.md). */\n';
}

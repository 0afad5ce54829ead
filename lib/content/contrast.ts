import { palette } from '../palette';

/**
 * Whether a host's own colour (content/site.md) can be read on the site. The header writes
 * the host's name in it, in large bold type, and draws a band in it above the header: WCAG
 * 2.1 AA asks 3:1 for both (1.4.3 for large text, 1.4.11 for graphics), against every
 * background they sit on, in the light and in the dark colour scheme.
 */

/** The contrast WCAG 2.1 AA asks of large text and of graphics. */
export const HOST_COLOUR_MINIMUM_CONTRAST = 3;

/** A colour as CSS writes it with six hex digits, such as #1a7f37. */
export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** The backgrounds the host's colour appears on, by scheme. */
const BACKGROUNDS = [
  { scheme: 'light', name: 'page background', colour: palette.light.surface },
  { scheme: 'light', name: 'header background', colour: palette.light['surface-alt'] },
  { scheme: 'dark', name: 'page background', colour: palette.dark.surface },
  { scheme: 'dark', name: 'header background', colour: palette.dark['surface-alt'] },
] as const;

/** WCAG 2.1's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [red, green, blue] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
}

/** WCAG 2.1's contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

/** Each pairing of the colour with a background that falls short, worst first. */
export function failingPairings(colour: string) {
  return BACKGROUNDS.map((background) => ({ ...background, ratio: contrastRatio(colour, background.colour) }))
    .filter((pairing) => pairing.ratio < HOST_COLOUR_MINIMUM_CONTRAST)
    .sort((a, b) => a.ratio - b.ratio);
}

/** What to tell the editor about a colour that cannot be read, or undefined if it can. */
export function describeContrastProblem(colour: string): string | undefined {
  const failing = failingPairings(colour);
  if (failing.length === 0) return undefined;
  // Truncated, not rounded: 2.996 must not read as the 3:1 it misses.
  const ratio = (value: number) => `${Math.floor(value * 100) / 100}:1`;
  const pairings = failing.map((pairing) => `${ratio(pairing.ratio)} against the ${pairing.scheme} scheme's ${pairing.name} (${pairing.colour})`);
  // A colour dark enough for the light scheme is never too dark for the dark one, and the
  // other way round: the light one needs a luminance of at most 0.27, the dark one at least 0.15.
  const advice = failing[0]!.scheme === 'light' ? 'choose a darker shade' : 'choose a lighter shade';
  return `${colour} has a contrast of ${pairings.join(' and ')}; the host's name is written in it, which needs at least ${HOST_COLOUR_MINIMUM_CONTRAST}:1 in the light and the dark scheme (WCAG 2.1 AA); ${advice}`;
}

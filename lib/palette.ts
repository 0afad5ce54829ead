/**
 * Colour tokens for both schemes. Every pair used for text meets 4.5:1 and every focus
 * ring 3:1 against the surfaces it appears on (the browser tests check it with axe). The
 * accent is the EU emblem's Reflex Blue; the emblem's yellow is for the emblem only.
 * tailwind.config.ts turns them into CSS variables; the check judges a host's own colour
 * against the surfaces here (lib/content/contrast.ts).
 */
export const palette = {
  light: {
    ink: '#0b1f3a',
    muted: '#47536b',
    accent: '#003399',
    'accent-contrast': '#ffffff',
    surface: '#ffffff',
    'surface-alt': '#f2f4f8',
    line: '#c9d1df',
    focus: '#003399',
  },
  dark: {
    ink: '#e9eef6',
    muted: '#b4bfd2',
    accent: '#9dbcff',
    'accent-contrast': '#0b1f3a',
    surface: '#0c1526',
    'surface-alt': '#15213a',
    line: '#33425f',
    focus: '#9dbcff',
  },
} as const;

export type ColourName = keyof typeof palette.light;

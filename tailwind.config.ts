import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';

/**
 * Colour tokens for both schemes. Every pair used for text meets 4.5:1 and every focus
 * ring 3:1 against the surfaces it appears on (the browser tests check it with axe). The
 * accent is the EU emblem's Reflex Blue; the emblem's yellow is for the emblem only.
 */
const palette = {
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

type ColourName = keyof typeof palette.light;
const cssVariables = (colours: Record<ColourName, string>) =>
  Object.fromEntries(Object.entries(colours).map(([name, value]) => [`--color-${name}`, value]));

/**
 * Design tokens. Utilities use the colours through CSS variables that switch with the
 * visitor's colour scheme, so no component needs `dark:` variants.
 */
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: Object.fromEntries(Object.keys(palette.light).map((name) => [name, `var(--color-${name})`])),
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          '"Noto Sans"',
          'sans-serif',
        ],
      },
      fontSize: {
        base: ['1.125rem', { lineHeight: '1.6' }],
      },
      maxWidth: {
        measure: '70ch',
        page: '80rem',
      },
    },
  },
  plugins: [
    plugin(({ addBase }) => {
      addBase({
        ':root': { colorScheme: 'light dark', ...cssVariables(palette.light) },
        '@media (prefers-color-scheme: dark)': { ':root': cssVariables(palette.dark) },
      });
    }),
  ],
};

export default config;

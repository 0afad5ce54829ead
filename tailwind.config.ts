import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';
import { palette, type ColourName } from './lib/palette';

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
      colors: {
        ...Object.fromEntries(Object.keys(palette.light).map((name) => [name, `var(--color-${name})`])),
        // The host's own colour (lib/host-style.ts); used only when the host has one.
        host: 'var(--color-host)',
      },
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

import typography from '@tailwindcss/typography';
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
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': 'var(--color-ink)',
            '--tw-prose-headings': 'var(--color-ink)',
            '--tw-prose-lead': 'var(--color-ink)',
            '--tw-prose-links': 'var(--color-accent)',
            '--tw-prose-bold': 'var(--color-ink)',
            '--tw-prose-counters': 'var(--color-muted)',
            '--tw-prose-bullets': 'var(--color-muted)',
            '--tw-prose-hr': 'var(--color-line)',
            '--tw-prose-quotes': 'var(--color-ink)',
            '--tw-prose-quote-borders': 'var(--color-line)',
            '--tw-prose-captions': 'var(--color-muted)',
            '--tw-prose-code': 'var(--color-ink)',
            '--tw-prose-th-borders': 'var(--color-line)',
            '--tw-prose-td-borders': 'var(--color-line)',
            fontSize: '1.125rem',
            lineHeight: '1.6',
            maxWidth: '70ch',
            a: { textUnderlineOffset: '0.2em' },
          },
        },
      },
    },
  },
  plugins: [
    typography,
    plugin(({ addBase }) => {
      addBase({
        ':root': { colorScheme: 'light dark', ...cssVariables(palette.light) },
        '@media (prefers-color-scheme: dark)': { ':root': cssVariables(palette.dark) },
      });
    }),
  ],
};

export default config;

import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

/**
 * Design tokens. Colours are CSS variables (set in app/globals.css for light and dark
 * schemes), so every utility follows the visitor's colour scheme without `dark:` variants.
 */
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        ink: 'var(--color-ink)',
        muted: 'var(--color-muted)',
        accent: 'var(--color-accent)',
        'accent-contrast': 'var(--color-accent-contrast)',
        surface: 'var(--color-surface)',
        'surface-alt': 'var(--color-surface-alt)',
        line: 'var(--color-line)',
        focus: 'var(--color-focus)',
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
  plugins: [typography],
};

export default config;

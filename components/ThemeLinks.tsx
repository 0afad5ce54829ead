import Link from 'next/link';
import { Fragment } from 'react';
import type { Theme } from '@/lib/content';
import { themePath } from '@/lib/routes';

/** Theme names as links to their pages, separated by commas: "Public transport, Living labs". */
export function ThemeLinks({ themes }: { themes: readonly Theme[] }) {
  return (
    <>
      {themes.map((theme, index) => (
        <Fragment key={theme.id}>
          {index > 0 ? ', ' : null}
          <Link href={themePath(theme.id)}>{theme.label}</Link>
        </Fragment>
      ))}
    </>
  );
}

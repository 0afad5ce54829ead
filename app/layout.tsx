import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { getContent } from '@/lib/content';
import { feedAlternates } from '@/lib/discovery/page-metadata';
import { absoluteUrl, basePath } from '@/lib/settings';
import { LISTING_TITLE } from '@/lib/site';
import { HOST_STYLESHEET_PATH } from '@/lib/routes';
import { SITE_ICON_URL } from '@/lib/site-icon';
import './globals.css';


export async function generateMetadata(): Promise<Metadata> {
  const { host } = await getContent();
  return {
    // Relative addresses in metadata (the social cards') resolve against the published site.
    metadataBase: new URL(absoluteUrl('/')),
    alternates: { types: feedAlternates() },
    title: { default: `${LISTING_TITLE} · ${host.name}`, template: `%s · ${host.name}` },
    description: host.description,
    applicationName: host.name,
    icons: { icon: [{ url: SITE_ICON_URL, type: 'image/svg+xml', sizes: 'any' }] },
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f2f4f8' },
    { media: '(prefers-color-scheme: dark)', color: '#15213a' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { host } = await getContent();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="no-print sr-only bg-accent px-4 py-3 font-semibold text-accent-contrast focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10"
        >
          Skip to main content
        </a>
        {host.colour ? <link rel="stylesheet" href={`${basePath()}${HOST_STYLESHEET_PATH}`} precedence="host" /> : null}
        <SiteHeader host={host} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-page flex-1 px-4 pt-5 sm:px-6 sm:pt-8">
          {children}
        </main>
        <SiteFooter host={host} />
      </body>
    </html>
  );
}

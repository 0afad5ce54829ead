import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Addresses end in a slash so a static export is folders of index.html files that any
  // plain web server serves without redirects or folder listings.
  trailingSlash: true,
};

export default nextConfig;

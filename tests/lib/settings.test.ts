// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { absoluteUrl, basePath, siteOrigin, statusDay } from '@/lib/settings';

describe('SITE_URL', () => {
  it('fails a production build that has none, saying what to set', () => {
    expect(() => siteOrigin({ NODE_ENV: 'production' })).toThrow(
      'SITE_URL is not set. A production build writes absolute addresses (canonical links, social cards, sitemap, feeds), so it needs the address the site is published at: run it as SITE_URL=https://projects.example.org npm run build (see SITE_URL in README.md).',
    );
  });

  it('falls back to the local preview where nothing is published (next dev, unit tests)', () => {
    expect(siteOrigin({ NODE_ENV: 'development' })).toBe('http://localhost:3000');
    expect(siteOrigin({ NODE_ENV: 'test' })).toBe('http://localhost:3000');
  });

  it("uses the Vercel project's production domain when SITE_URL is not set there", () => {
    expect(siteOrigin({ NODE_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: 'liaison.vercel.app' })).toBe('https://liaison.vercel.app');
  });

  it('takes the scheme and host only, and sends a sub-folder to BASE_PATH', () => {
    expect(siteOrigin({ NODE_ENV: 'production', SITE_URL: ' https://Projects.Example.org/ ' })).toBe('https://projects.example.org');
    expect(() => siteOrigin({ NODE_ENV: 'production', SITE_URL: 'https://example.org/liaison/' })).toThrow(
      'SITE_URL is "https://example.org/liaison/"; write only the scheme and host, such as https://example.org, and put a sub-folder in BASE_PATH (BASE_PATH=/liaison)',
    );
    expect(() => siteOrigin({ NODE_ENV: 'production', SITE_URL: 'example.org' })).toThrow('SITE_URL is "example.org", which is not an address');
    expect(() => siteOrigin({ NODE_ENV: 'production', SITE_URL: 'ftp://example.org' })).toThrow('it must start with https://');
  });

  it('writes absolute addresses with the base path', () => {
    const env = { NODE_ENV: 'production', SITE_URL: 'https://example.org', BASE_PATH: '/liaison' } as const;
    expect(absoluteUrl('/projects/alpha/', env)).toBe('https://example.org/liaison/projects/alpha/');
    expect(absoluteUrl('/', { ...env, BASE_PATH: undefined })).toBe('https://example.org/');
  });
});

describe('the other settings', () => {
  it('stops on a LIAISON_TODAY that is not a day, saying what to write', () => {
    expect(statusDay({ LIAISON_TODAY: '2026-06-15' })).toEqual(new Date('2026-06-15T00:00:00Z'));
    for (const written of ['15/06/2026', '2026-02-30', 'tomorrow']) {
      expect(() => statusDay({ LIAISON_TODAY: written }), written).toThrow(`LIAISON_TODAY is "${written}", which is not a day; write it as YYYY-MM-DD`);
    }
  });

  it('stops on a BASE_PATH Next.js cannot serve from, with the value to write', () => {
    expect(basePath({ BASE_PATH: '/liaison' })).toBe('/liaison');
    expect(basePath({})).toBe('');
    expect(() => basePath({ BASE_PATH: 'liaison/' })).toThrow('BASE_PATH is "liaison/"; write the sub-folder with a slash before it and none after, such as BASE_PATH=/liaison');
  });

});

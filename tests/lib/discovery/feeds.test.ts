// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import Parser from 'rss-parser';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Content } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { atomText, projectFeed, xmlSafe } from '@/lib/discovery/feeds';
import { FIXTURES, makeContentFixture, makeContentFixtureWithDraft } from '../../helpers/content-fixture';
import { activeContentDirectory } from '@/lib/content/layout';

/** The fixture site with a draft added, loaded as `next dev` loads it (drafts included). */
let content: Content;
beforeAll(async () => {
  const fixture = await makeContentFixtureWithDraft();
  content = await loadContent({ contentDir: fixture.contentDir, includeDrafts: true });
  expect(content.projects.map((project) => project.slug)).toContain('delta');
});
beforeEach(() => vi.stubEnv('SITE_URL', 'https://example.org'));
afterEach(() => vi.unstubAllEnvs());

describe('the project feeds', () => {
  // The fixture lists beta (2025-06-01) after alpha (2025-05-01).
  const newestFirst = ['https://example.org/projects/beta/', 'https://example.org/projects/alpha/'];

  it.each([
    ['RSS 2.0', () => projectFeed(content).rss2()],
    ['Atom', () => atomText(projectFeed(content))],
  ])('%s parses (rss-parser) and lists every published project, newest first, and no draft', async (_, write) => {
    const feed = await new Parser().parseString(write());
    expect(feed.title).toBe('Synergetic projects & liaison initiatives · HOST');
    expect(feed.items.map((item) => item.link)).toEqual(newestFirst);
    expect(feed.items.map((item) => item.title)).toEqual(['Beta', 'ALPHA: Alpha Mobility Project']);
    expect(feed.items.map((item) => new Date(item.isoDate!).toISOString().slice(0, 10))).toEqual(['2025-06-01', '2025-05-01']);
  });

  it('JSON Feed has the fields its specification requires, and no draft', () => {
    const feed = JSON.parse(projectFeed(content).json1());
    expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
    expect(feed.title).toEqual(expect.any(String));
    expect(feed.home_page_url).toBe('https://example.org/');
    expect(feed.feed_url).toBe('https://example.org/feeds/projects.json');
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual(newestFirst);
    for (const item of feed.items) {
      expect(item.id).toEqual(expect.any(String));
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
    }
  });

  it('is dated by the newest listed project, never by the time it is built', () => {
    const atom = projectFeed(content).atom1();
    expect(atom).toContain('<updated>2025-06-01T00:00:00.000Z</updated>');
  });
});

describe('the feeds of the real content', () => {
  it('lists each published project once, whatever the editors add', async () => {
    const real = await loadContent({ contentDir: activeContentDirectory(path.resolve(FIXTURES, '..', '..')) });
    const feed = await new Parser().parseString(projectFeed(real).rss2());
    expect(feed.items.map((item) => item.link).sort()).toEqual(real.projects.map((project) => `https://example.org/projects/${project.slug}/`).sort());
  });
});

describe('xmlSafe', () => {
  it('drops what XML 1.0 cannot hold, even in CDATA, and keeps every other character', () => {
    expect(xmlSafe('a\u0000b\u0001c\u000bd\ufffee')).toBe('abcde');
    expect(xmlSafe('Tab\there, line\nbreak, Žilina, 🇪🇺, \u202e')).toBe('Tab\there, line\nbreak, Žilina, 🇪🇺, \u202e');
  });
});

// jsdom (the unit tests' DOM) ships no types of its own; its strict XML parser is the part used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };

describe('atomText', () => {
  it('keeps a category label with markup in it well-formed, and reads back as written', async () => {
    const fixture = await makeContentFixture();
    const themes = await readFile(path.join(fixture.contentDir, 'themes.yml'), 'utf8');
    await fixture.write('content/themes.yml', themes.replace('label: Public transport', 'label: "<!--<b>Trams</b> & \\"buses\\""'));
    const hostile = await loadContent({ contentDir: fixture.contentDir });
    // A strict XML parser, as feed readers are: rss-parser's forgives a raw < in an attribute.
    const document = new new JSDOM('').window.DOMParser().parseFromString(atomText(projectFeed(hostile)), 'application/xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const labels = [...document.getElementsByTagName('category')].map((category) => category.getAttribute('label'));
    expect(labels).toContain('<!--<b>Trams</b> & "buses"');
  });
});

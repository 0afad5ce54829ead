import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Element } from 'hast';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import rehypeParse from 'rehype-parse';
import Parser from 'rss-parser';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { contentPages, projectPath } from '@/lib/routes';
import { loadContent } from '@/lib/content/load';

/**
 * The discovery checks (metadata, social cards, sitemap, robots, JSON-LD, feeds, JSON API)
 * on one production target. A target is read through `SiteReader`, so the same checks run
 * on nginx serving the export and on Vercel's build output. Every check returns the
 * problems it found; what is expected comes from the content, never from the code it tests.
 */

/** One response: its status, content type and bytes. */
export interface SiteResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

/** How a target answers an address (a path with the base path, such as `/liaison/`). */
export interface SiteReader {
  get(address: string): Promise<SiteResponse>;
}

/** A running server. */
export function httpReader(baseUrl: string): SiteReader {
  return {
    async get(address) {
      const response = await fetch(`${baseUrl}${address}`, { redirect: 'manual' });
      return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
    },
  };
}

// What Vercel sends for a static file, by its extension (the types of the `mime` database).
const VERCEL_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

/**
 * Vercel's build output (`.vercel/output`), read the way its router serves static files:
 * the routes before the file system first (a redirect there, such as the trailing-slash
 * rule, answers 308), then the file, with the content type of its extension.
 */
export async function vercelReader(outputDir: string): Promise<SiteReader> {
  const config = JSON.parse(await readFile(path.join(outputDir, 'config.json'), 'utf8')) as { routes?: Array<Record<string, unknown>> };
  const beforeFiles = (config.routes ?? []).slice(0, (config.routes ?? []).findIndex((route) => 'handle' in route) >>> 0);
  return {
    async get(address) {
      const pathname = address.split('?')[0]!;
      const redirect = beforeFiles.find((route) => typeof route.status === 'number' && route.status >= 300 && route.status < 400 && new RegExp(String(route.src)).test(pathname));
      if (redirect) return { status: Number(redirect.status), contentType: '', body: Buffer.alloc(0) };
      const file = path.join(outputDir, 'static', pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      if (!existsSync(file)) return { status: 404, contentType: '', body: Buffer.alloc(0) };
      return { status: 200, contentType: VERCEL_TYPES[path.extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
    },
  };
}

/** What a build must describe: its address and, from the content, its public pages and projects. */
export interface Expected {
  /** SITE_URL the build was made with, and BASE_PATH: the address of the site's root. */
  siteRoot: string;
  basePath: string;
  /** Public pages, as site paths (`/projects/upper/`). */
  pages: string[];
  projects: Array<{ slug: string; title: string; fullName?: string }>;
}

/** The expectations for a content folder: every published project, the listing and the statement. */
export async function expectedFor(contentDir: string, origin: string, basePath = ''): Promise<Expected> {
  const { projects, themes } = await loadContent({ contentDir });
  return {
    siteRoot: `${origin}${basePath}`,
    basePath,
    // The pages the site builds (the listing's and the themes', with their further pages), and a page per project.
    pages: [...contentPages(themes, projects), ...projects.map((project) => projectPath(project.slug))],
    projects: projects.map(({ slug, title, fullName }) => ({ slug, title, fullName })),
  };
}

/** The address on the target for an absolute URL of the site, or undefined for another site's. */
function localAddress(url: string, { siteRoot, basePath }: Expected): string | undefined {
  return url.startsWith(`${siteRoot}/`) ? `${basePath}${url.slice(siteRoot.length)}` : undefined;
}

/** A page's head tags and structured data, read with a real HTML parser. */
function readPage(html: string) {
  const tree = unified().use(rehypeParse).parse(html);
  const meta = new Map<string, string>();
  const links: Array<{ rel: string[]; href: string; type?: string }> = [];
  const jsonLd: string[] = [];
  let title = '';
  visit(tree, 'element', (element: Element) => {
    const { properties } = element;
    const text = () => element.children.map((child) => ('value' in child ? child.value : '')).join('');
    if (element.tagName === 'title') title = text();
    if (element.tagName === 'meta' && typeof properties.content === 'string') {
      meta.set(String(properties.property ?? properties.name ?? ''), properties.content);
    }
    if (element.tagName === 'link') links.push({ rel: ([] as unknown[]).concat(properties.rel ?? []).map(String), href: String(properties.href), type: properties.type as string | undefined });
    if (element.tagName === 'script' && properties.type === 'application/ld+json') jsonLd.push(text());
  });
  return { title, meta, links, jsonLd };
}

/** A PNG's width and height, from its header, or undefined when it is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (!bytes.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex'))) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

type Node = Record<string, unknown>;
const nodesOf = (data: Node): Node[] => (Array.isArray(data['@graph']) ? (data['@graph'] as Node[]) : [data]);

/** What JSON-LD a page must hold, by the kind of page. */
function structuredDataProblems(pagePath: string, blocks: string[], expected: Expected): string[] {
  const problems: string[] = [];
  const nodes: Node[] = [];
  for (const block of blocks) {
    try {
      const data = JSON.parse(block) as Node;
      if (data['@context'] !== 'https://schema.org') problems.push(`${pagePath}: JSON-LD without the schema.org @context`);
      nodes.push(...nodesOf(data));
    } catch {
      problems.push(`${pagePath}: JSON-LD that does not parse`);
    }
  }
  const ofType = (type: string) => nodes.filter((node) => node['@type'] === type);
  const url = `${expected.siteRoot}${pagePath}`;
  const project = expected.projects.find((candidate) => pagePath === projectPath(candidate.slug));
  if (pagePath === '/') {
    if (!ofType('WebSite').some((site) => site.url === url && site.name)) problems.push('/: no WebSite with its name and address');
    if (!ofType('ResearchProject').some((host) => host.name && host.funder && host.funding)) problems.push('/: no host ResearchProject with its funder and funding');
  } else if (project) {
    const node = ofType('ResearchProject')[0];
    if (!node) problems.push(`${pagePath}: no ResearchProject`);
    else {
      const missing = ['name', 'description', 'url', 'sameAs'].filter((field) => !node[field]);
      if (missing.length) problems.push(`${pagePath}: ResearchProject without ${missing.join(', ')}`);
      if (node.name !== project.title || node.url !== url) problems.push(`${pagePath}: ResearchProject names ${String(node.name)} at ${String(node.url)}`);
      if (project.fullName && node.alternateName !== project.fullName) problems.push(`${pagePath}: ResearchProject without its full name as alternateName`);
      if (node.funder && (node.funder as Node).name !== 'European Union') problems.push(`${pagePath}: a funder other than the European Union`);
    }
  }
  if (pagePath !== '/') {
    const crumbs = (ofType('BreadcrumbList')[0]?.itemListElement as Node[] | undefined) ?? [];
    if (crumbs.at(0)?.item !== `${expected.siteRoot}/` || crumbs.at(-1)?.item !== url) problems.push(`${pagePath}: no BreadcrumbList from the listing to the page`);
  }
  return problems;
}

/**
 * Every page: a title, description and canonical address of its own, Open Graph and
 * Twitter tags, a social card that is a 1200×630 PNG sent as image/png, the feeds
 * advertised, and JSON-LD that parses and has the fields. Returns the social cards' addresses too.
 */
export async function pageProblems(reader: SiteReader, expected: Expected): Promise<{ problems: string[]; socialCards: string[] }> {
  const problems: string[] = [];
  const socialCards = new Set<string>();
  const seen = { title: new Map<string, string>(), description: new Map<string, string>(), canonical: new Map<string, string>() };
  for (const pagePath of expected.pages) {
    const response = await reader.get(`${expected.basePath}${pagePath}`);
    if (response.status !== 200) {
      problems.push(`${pagePath}: answers ${response.status}`);
      continue;
    }
    const page = readPage(response.body.toString('utf8'));
    const canonical = page.links.find((link) => link.rel.includes('canonical'))?.href ?? '';
    const description = page.meta.get('description') ?? '';
    if (canonical !== `${expected.siteRoot}${pagePath}`) problems.push(`${pagePath}: canonical is "${canonical}"`);
    for (const [kind, value] of [['title', page.title], ['description', description], ['canonical', canonical]] as const) {
      if (!value) problems.push(`${pagePath}: no ${kind}`);
      const other = seen[kind].get(value);
      if (other) problems.push(`${pagePath}: the same ${kind} as ${other}`);
      seen[kind].set(value, pagePath);
    }
    for (const tag of ['og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image']) {
      if (!page.meta.get(tag)) problems.push(`${pagePath}: no ${tag}`);
    }
    if (page.meta.get('og:description') !== description) problems.push(`${pagePath}: og:description differs from the description`);
    for (const type of ['application/rss+xml', 'application/atom+xml', 'application/feed+json']) {
      const feed = page.links.find((link) => link.rel.includes('alternate') && link.type === type);
      if (!feed || !localAddress(feed.href, expected)) problems.push(`${pagePath}: no <link rel="alternate" type="${type}"> to the site's feed`);
    }
    for (const tag of ['og:image', 'twitter:image']) {
      const image = page.meta.get(tag);
      const address = image && localAddress(image, expected);
      if (image && !address) problems.push(`${pagePath}: ${tag} ${image} is not on the site`);
      if (address) socialCards.add(address);
    }
    problems.push(...structuredDataProblems(pagePath, page.jsonLd, expected));
  }
  for (const socialCard of socialCards) {
    const response = await reader.get(socialCard);
    const size = pngSize(response.body);
    if (response.status !== 200 || response.contentType !== 'image/png' || size?.width !== 1200 || size.height !== 630) {
      problems.push(`social card ${socialCard}: ${response.status} ${response.contentType || 'no type'}, ${size ? `${size.width}×${size.height} PNG` : 'not a PNG'}`);
    }
  }
  return { problems, socialCards: [...socialCards] };
}

// jsdom (already the unit tests' DOM) ships no types of its own; this is the one part used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };

/** Parses XML strictly (jsdom's XML parser): the document, or undefined if it is not well-formed. */
function parseXml(text: string): Document | undefined {
  const document = new new JSDOM('').window.DOMParser().parseFromString(text, 'application/xml');
  return document.getElementsByTagName('parsererror').length > 0 ? undefined : document;
}

/** The sitemap is well-formed and lists exactly the public pages, dated by content; robots points at it. */
export async function sitemapProblems(reader: SiteReader, expected: Expected): Promise<string[]> {
  const problems: string[] = [];
  const sitemap = await reader.get(`${expected.basePath}/sitemap.xml`);
  if (sitemap.status !== 200 || !/xml/.test(sitemap.contentType)) problems.push(`sitemap.xml: ${sitemap.status} ${sitemap.contentType}`);
  const document = parseXml(sitemap.body.toString('utf8'));
  if (!document) return [...problems, 'sitemap.xml is not well-formed XML'];
  if (document.documentElement.namespaceURI !== 'http://www.sitemaps.org/schemas/sitemap/0.9') problems.push('sitemap.xml: not a sitemaps.org urlset');
  const urls = [...document.getElementsByTagName('url')];
  const listed = urls.map((url) => url.getElementsByTagName('loc')[0]?.textContent ?? '').sort();
  const pages = expected.pages.map((page) => `${expected.siteRoot}${page}`).sort();
  if (JSON.stringify(listed) !== JSON.stringify(pages)) problems.push(`sitemap.xml lists ${listed.join(', ')}; the public pages are ${pages.join(', ')}`);
  for (const url of urls) {
    const lastmod = url.getElementsByTagName('lastmod')[0]?.textContent ?? '';
    const loc = url.getElementsByTagName('loc')[0]?.textContent ?? '';
    // A theme no project has yet has no content day; every other page has one.
    if (!lastmod && loc.startsWith(`${expected.siteRoot}/themes/`)) continue;
    // Content dates are days: a time of day would be the build's clock.
    if (!/^\d{4}-\d{2}-\d{2}(T00:00:00(\.000)?Z)?$/.test(lastmod)) problems.push(`sitemap.xml: lastmod "${lastmod}" of ${loc} is not a day from the content`);
  }
  const robots = await reader.get(`${expected.basePath}/robots.txt`);
  if (robots.status !== 200 || !robots.contentType.startsWith('text/plain')) problems.push(`robots.txt: ${robots.status} ${robots.contentType}`);
  if (!robots.body.toString('utf8').split('\n').includes(`Sitemap: ${expected.siteRoot}/sitemap.xml`)) problems.push('robots.txt does not point at the sitemap');
  return problems;
}

/** Each feed parses with an independent parser and lists every published project. */
export async function feedProblems(reader: SiteReader, expected: Expected): Promise<string[]> {
  const problems: string[] = [];
  const projectUrls = expected.projects.map((project) => `${expected.siteRoot}${projectPath(project.slug)}`).sort();
  const sameProjects = (name: string, urls: string[]) => {
    if (JSON.stringify([...urls].sort()) !== JSON.stringify(projectUrls)) problems.push(`${name} lists ${urls.join(', ')}; the published projects are ${projectUrls.join(', ')}`);
  };
  for (const [name, type] of [['projects.rss', 'application/rss+xml'], ['projects.atom', 'application/atom+xml']] as const) {
    const response = await reader.get(`${expected.basePath}/feeds/${name}`);
    if (response.status !== 200 || !response.contentType.startsWith(type)) problems.push(`${name}: ${response.status} ${response.contentType}`);
    try {
      const feed = await new Parser().parseString(response.body.toString('utf8'));
      sameProjects(name, feed.items.map((item) => item.link ?? ''));
      const dates = feed.items.map((item) => Date.parse(item.isoDate ?? ''));
      if (dates.some((date, index) => Number.isNaN(date) || (index > 0 && date > dates[index - 1]!))) problems.push(`${name}: not newest first`);
    } catch (error) {
      problems.push(`${name} does not parse: ${(error as Error).message}`);
    }
  }
  const json = await reader.get(`${expected.basePath}/feeds/projects.json`);
  if (json.status !== 200 || !json.contentType.startsWith('application/json')) problems.push(`projects.json feed: ${json.status} ${json.contentType}`);
  try {
    // JSON Feed 1 and 1.1: version, title and items are required; each item has an id and content.
    const feed = JSON.parse(json.body.toString('utf8'));
    if (!/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/.test(feed.version) || typeof feed.title !== 'string' || !Array.isArray(feed.items)) {
      problems.push('JSON Feed: no version, title or items');
    }
    for (const item of feed.items ?? []) {
      if (typeof item.id !== 'string' || (typeof item.content_html !== 'string' && typeof item.content_text !== 'string')) problems.push(`JSON Feed: item ${item.url} without id or content`);
    }
    sameProjects('JSON Feed', (feed.items ?? []).map((item: { url: string }) => item.url));
  } catch {
    problems.push('the JSON Feed does not parse');
  }
  return problems;
}

/** The JSON API validates against the JSON Schema it publishes (ajv), lists every published project, and has a file for each. */
export async function apiProblems(reader: SiteReader, expected: Expected): Promise<string[]> {
  const problems: string[] = [];
  const getJson = async (address: string) => {
    const response = await reader.get(`${expected.basePath}${address}`);
    if (response.status !== 200 || !response.contentType.startsWith('application/json')) problems.push(`${address}: ${response.status} ${response.contentType}`);
    return JSON.parse(response.body.toString('utf8') || 'null');
  };
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validateList = ajv.compile(await getJson('/api/projects.schema.json'));
  const validateOne = ajv.compile(await getJson('/api/project.schema.json'));
  const list = await getJson('/api/projects.json');
  if (!validateList(list)) problems.push(`/api/projects.json: ${ajv.errorsText(validateList.errors)}`);
  const slugs = ((list?.projects ?? []) as Array<{ slug: string }>).map((project) => project.slug).sort();
  const published = expected.projects.map((project) => project.slug).sort();
  if (JSON.stringify(slugs) !== JSON.stringify(published)) problems.push(`/api/projects.json lists ${slugs.join(', ')}; the published projects are ${published.join(', ')}`);
  for (const slug of published) {
    const file = await getJson(`/api/projects/${slug}.json`);
    if (!validateOne(file)) problems.push(`/api/projects/${slug}.json: ${ajv.errorsText(validateOne.errors)}`);
  }
  return problems;
}

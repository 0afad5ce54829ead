import { defaultSchema, type Schema } from 'hast-util-sanitize';
import type { Definition, Heading, Image, Link, ListItem, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import type { Transformer } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { SKIP, visit } from 'unist-util-visit';
import { slugify } from './slugify';
import { checkLinkAddress, LINK_SCHEMES, PUBLIC_FILE_PATH, safeDecode } from './urls';

/** Something in a markdown body an editor should fix; `line` counts from the body's start. */
export interface MarkdownProblem {
  line?: number;
  message: string;
}

/** A link or picture of this site's own, kept so the loader can check it leads somewhere. */
export interface MarkdownReference {
  url: string;
  line?: number;
}

export interface RenderedMarkdown {
  /** Sanitised HTML: no raw HTML, scripts, event handlers or unsafe URLs survive. */
  html: string;
  problems: MarkdownProblem[];
  /** Every link, as written. */
  links: MarkdownReference[];
  /** Pictures, as paths in the public folder (`/images/tram.jpg`). */
  images: MarkdownReference[];
}

export interface RenderOptions {
  /** Prefix for links to this site's own pages, when it is served from a sub-folder. */
  basePath?: string;
}

/** Heading ids get a prefix so they can never clash with the page's own ids (`main`). */
const HEADING_ID_PREFIX = 'section-';

/**
 * GitHub's sanitising rules, plus `rel` on links so that external links can say
 * `noopener noreferrer`. Sanitising stays on even though the check rejects raw HTML:
 * the check guards editors' intent, the sanitiser guards visitors. No clobber prefix:
 * footnote ids already carry one, and raw HTML (where hostile ids would come from) never
 * gets through.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), 'rel'],
  },
  protocols: {
    ...defaultSchema.protocols,
    // The same list the check enforces, so a link it accepts is never stripped here.
    href: [...LINK_SCHEMES],
  },
};

/** Renders a description and reports what would hurt visitors or break on the site. */
export async function renderMarkdown(markdown: string, options: RenderOptions = {}): Promise<RenderedMarkdown> {
  const result: Omit<RenderedMarkdown, 'html'> = { problems: [], links: [], images: [] };
  if (markdown.length > MAX_DESCRIPTION_LENGTH) {
    const message = `the description is ${Math.ceil(markdown.length / 1000)} KB long, more than a page can usefully hold; shorten it to under ${MAX_DESCRIPTION_LENGTH / 1000} KB`;
    return { ...result, html: '', problems: [{ message }] };
  }
  const deepLine = deeplyNestedLine(markdown);
  if (deepLine !== undefined) return { ...result, html: '', problems: [{ line: deepLine, message: NESTED_TOO_DEEPLY }] };
  try {
    const inspect: InspectOptions = { ...result, basePath: options.basePath ?? '' };
    const file = await markdownToHtml.process({ value: markdown, data: { inspect } });
    return { html: String(file), ...result };
  } catch (error) {
    // The parser and renderer recurse once per level of nesting: hundreds of lists or
    // quotes inside each other run out of stack. That is a text to simplify, not a crash.
    if (!(error instanceof RangeError && /call stack/i.test(error.message))) throw error;
    return { ...result, html: '', problems: [{ message: NESTED_TOO_DEEPLY }] };
  }
}

const NESTED_TOO_DEEPLY =
  'the description is nested too deeply to be shown (lists, quotes or emphasis inside each other hundreds of times); simplify it';

/** Far beyond any real description, far below where parsing slows down or runs out of stack. */
const MAX_LINE_NESTING = 50;
/** Indentation that deep means lists nested over many lines, as slow as on one line. */
const MAX_INDENT = 4 * MAX_LINE_NESTING;
/** Descriptions are a few screens of text; parsing time grows with length and nesting. */
const MAX_DESCRIPTION_LENGTH = 100_000;

/**
 * The first line indented deeper than MAX_INDENT (lists or quotes nested over many lines)
 * or opening more than MAX_LINE_NESTING lists or quotes at once (`- - - …`, `> > > …`),
 * found without parsing: such text takes seconds to parse, and a little more overflows
 * the stack. Counted by hand, as a regular expression could backtrack for long.
 */
function deeplyNestedLine(markdown: string): number | undefined {
  const lines = markdown.split('\n');
  for (const [index, line] of lines.entries()) {
    let depth = 0;
    let at = 0;
    while (line[at] === ' ' || line[at] === '\t' || line[at] === '>') at++;
    if (at > MAX_INDENT) return index + 1;
    at = 0;
    while (at < line.length) {
      while (line[at] === ' ' || line[at] === '\t') at++;
      let end = at;
      while (end < line.length && end - at < 9 && line[end]! >= '0' && line[end]! <= '9') end++;
      if (end > at && (line[end] === '.' || line[end] === ')')) end++;
      else if (line[at] === '-' || line[at] === '*' || line[at] === '+' || line[at] === '>') end = at + 1;
      else break;
      if (line[at] !== '>' && end < line.length && line[end] !== ' ' && line[end] !== '\t') break;
      depth++;
      at = end;
    }
    if (depth > MAX_LINE_NESTING) return index + 1;
  }
  return undefined;
}

interface InspectOptions extends Omit<RenderedMarkdown, 'html'> {
  basePath: string;
}

/**
 * One processor for every file: building it combines the parser's syntax extensions,
 * which cost as much as parsing a short description. What differs per file travels in
 * the file's data.
 */
const markdownToHtml = remark()
  .use(remarkGfm)
  .use(inspectAndAdjust)
  .use(remarkHtml, { sanitize: sanitizeSchema })
  .freeze();

function inspectAndAdjust() {
  const transform: Transformer<Root> = (tree, file) => {
    const options = file.data.inspect as InspectOptions;
    resolveReferences(tree);
    const headingIds = addHeadingIds(tree);
    // The page title is the page's only h1, so the body's headings start at ##.
    let previousDepth = 1;
    visit(tree, (node) => {
      const line = node.position?.start.line;
      switch (node.type) {
        case 'html':
          // A lone comment is an editor's note; a closing tag is reported with its opening one.
          if (!/^(<!--(?:(?!-->)[\s\S])*-->|<\/[^>]*>)$/.test(node.value.trim())) {
            options.problems.push({
              line,
              message: `HTML is not allowed in the description (found ${describeHtml(node.value)}); write it in markdown instead`,
            });
          }
          break;
        case 'heading':
          checkHeading(node, previousDepth, options.problems);
          previousDepth = node.depth;
          break;
        case 'image':
          adjustImage(node, options);
          break;
        case 'link':
          adjustLink(node, headingIds, options);
          break;
        case 'listItem':
          replaceTaskCheckbox(node);
          break;
        case 'paragraph': {
          // An address with a space is no address: the link or picture shows as plain
          // text. Read as text, a real link is only its words, so this finds broken ones.
          const broken = /!?\[[^\]\n]*\]\([^)\n]*\s[^)\n]*\)/.exec(toString(node))?.[0];
          if (broken) {
            options.problems.push({
              line,
              message: `${broken} shows as plain text because its address has a space; remove the space (rename the file, such as /images/my-photo.jpg)`,
            });
          }
          break;
        }
      }
    });
  };
  return transform;
}

/**
 * Turns reference-style links and images (`[text][ref]` with `[ref]: https://…` below)
 * into ordinary ones, so every check below sees them too.
 */
function resolveReferences(tree: Root) {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node);
  });
  visit(tree, (node, index, parent: Parents | undefined) => {
    if (parent === undefined || index === undefined) return;
    if (node.type === 'definition') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'linkReference' && node.type !== 'imageReference') return;
    const definition = definitions.get(node.identifier);
    if (!definition) return;
    const common = { url: definition.url, title: definition.title, position: node.position };
    const replacement: Link | Image =
      node.type === 'linkReference'
        ? { type: 'link', ...common, children: node.children }
        : { type: 'image', ...common, alt: node.alt };
    parent.children.splice(index, 1, replacement as never);
    return index;
  });
}

/** Gives each heading an id from its text, so `[see results](#results)` can link to it. */
function addHeadingIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'heading', (node) => {
    const base = slugify(toString(node)) || 'section';
    let slug = base;
    for (let n = 2; ids.has(slug); n++) slug = `${base}-${n}`;
    ids.add(slug);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: `${HEADING_ID_PREFIX}${slug}` } };
  });
  return ids;
}

function checkHeading(node: Heading, previousDepth: number, problems: MarkdownProblem[]) {
  const line = node.position?.start.line;
  if (node.depth === 1) {
    problems.push({
      line,
      message: 'a heading starts with a single #; the page title is the only # heading, so start at ##',
    });
  } else if (node.depth > previousDepth + 1) {
    problems.push({
      line,
      message: `the heading jumps from level ${previousDepth} to level ${node.depth}; use ${'#'.repeat(previousDepth + 1)} here`,
    });
  }
}

/**
 * Pictures must be the site's own files: the security policy lets pages load nothing from
 * other sites, and a picture elsewhere could change or vanish without anyone noticing.
 */
function adjustImage(node: Image, { problems, images, basePath }: InspectOptions) {
  const line = node.position?.start.line;
  const url = node.url.trim();
  if (!node.alt?.trim()) {
    problems.push({
      line,
      message: `the image ${url} has no description; write what it shows between the brackets: ![What it shows](${url})`,
    });
  }
  if (/^\/(?!\/)/.test(url)) {
    // Only the path is a file; a query or fragment after it is the browser's business.
    const pathname = url.split(/[?#]/)[0] ?? url;
    if (PUBLIC_FILE_PATH.test(pathname)) {
      images.push({ url: pathname, line });
      node.url = `${basePath}${url}`;
    } else {
      // Said the same way whether or not a file is there: the check tells nothing about
      // the build machine's files outside public/.
      problems.push({
        line,
        message: `the image path "${url}" cannot be used; a picture is a file in public/, written from / with letters, digits, -, _ and / only (no .. or %), such as ![What it shows](/images/photo.jpg)`,
      });
    }
  } else {
    problems.push({
      line,
      message: `the image "${url}" is not a file of this site; save it in public/images/ and write its path, such as ![What it shows](/images/photo.jpg)`,
    });
  }
}

function adjustLink(node: Link, headingIds: Set<string>, { problems, links, basePath }: InspectOptions) {
  const line = node.position?.start.line;
  const url = node.url.trim();
  links.push({ url, line });
  if (url.startsWith('/') && !url.startsWith('//')) {
    node.url = `${basePath}${url}`;
    return;
  }
  if (url.startsWith('#')) {
    const target = safeDecode(url.slice(1));
    if (target !== undefined && headingIds.has(target)) node.url = `#${HEADING_ID_PREFIX}${target}`;
    else {
      problems.push({
        line,
        message: `the link ${url} points to no heading in this text; headings are linked by their words in lowercase joined by hyphens (## Our results → #our-results)`,
      });
    }
    return;
  }
  // `www.civitas.eu` in running text becomes a link on its own; the editor wrote no
  // scheme, so give it the secure one rather than refuse an http:// they never typed.
  const written = isLiteralWwwLink(node) ? `https://${url.slice('http://'.length)}` : url;
  const checked = checkLinkAddress(written);
  if ('problem' in checked) {
    problems.push({ line, message: checked.problem });
    return;
  }
  node.url = checked.href;
  if (checked.href.startsWith('https:')) {
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, rel: ['noopener', 'noreferrer'] } };
  }
}

function isLiteralWwwLink(node: Link): boolean {
  return node.url.startsWith('http://www.') && toString(node) === node.url.slice('http://'.length);
}

/**
 * GFM task lists would render as unlabelled checkboxes, which screen readers announce as
 * empty form fields; a plain tick or box in the text says the same without a form control.
 */
function replaceTaskCheckbox(node: ListItem) {
  if (typeof node.checked !== 'boolean') return;
  const mark = node.checked ? '☑ ' : '☐ ';
  const first = node.children[0];
  if (first?.type === 'paragraph') {
    first.children.unshift({ type: 'text', value: mark });
  }
  node.checked = null;
}

function describeHtml(html: string): string {
  const tag = /<\/?([a-z][a-z0-9-]*)/i.exec(html)?.[1];
  return tag ? `<${tag.toLowerCase()}>` : 'an HTML tag';
}


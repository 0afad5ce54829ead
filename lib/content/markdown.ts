import { defaultSchema, type Schema } from 'hast-util-sanitize';
import type { Heading, Link, ListItem, Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { visit } from 'unist-util-visit';

/** Something in a markdown body an editor should fix; `line` counts from the body's start. */
export interface MarkdownProblem {
  line?: number;
  message: string;
}

/** A link found in the body, kept so links to pages of this site can be checked later. */
export interface MarkdownLink {
  url: string;
  line?: number;
}

export interface RenderedMarkdown {
  /** Sanitised HTML: no raw HTML, scripts, event handlers or unsafe URLs survive. */
  html: string;
  problems: MarkdownProblem[];
  links: MarkdownLink[];
}

export interface RenderOptions {
  /** Prefix for links to this site's own pages, when it is served from a sub-folder. */
  basePath?: string;
}

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * GitHub's sanitising rules, plus `rel` on links so that external links can say
 * `noopener noreferrer`. Sanitising stays on even though the check rejects raw HTML:
 * the check guards editors' intent, the sanitiser guards visitors.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), 'rel'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
  },
};

/** Renders a project's description and reports what would hurt visitors. */
export async function renderMarkdown(
  markdown: string,
  options: RenderOptions = {},
): Promise<RenderedMarkdown> {
  const problems: MarkdownProblem[] = [];
  const links: MarkdownLink[] = [];
  const file = await remark()
    .use(remarkGfm)
    .use(inspectAndAdjust, { problems, links, basePath: options.basePath ?? '' })
    .use(remarkHtml, { sanitize: sanitizeSchema })
    .process(markdown);
  return { html: String(file), problems, links };
}

interface InspectOptions {
  problems: MarkdownProblem[];
  links: MarkdownLink[];
  basePath: string;
}

function inspectAndAdjust({ problems, links, basePath }: InspectOptions) {
  return (tree: Root) => {
    // The page title is the page's only h1, so the body's headings start at ##.
    let previousDepth = 1;
    visit(tree, (node) => {
      const line = node.position?.start.line;
      switch (node.type) {
        case 'html':
          if (!/^<!--[\s\S]*-->$/.test(node.value.trim())) {
            problems.push({
              line,
              message: `HTML is not allowed in the description (found ${describeHtml(node.value)}); write it in markdown instead`,
            });
          }
          break;
        case 'heading':
          checkHeading(node, previousDepth, problems);
          previousDepth = node.depth;
          break;
        case 'image':
          if (!/^(https?:\/\/|\/(?!\/))/i.test(node.url)) {
            problems.push({
              line,
              message: `the image address "${node.url}" cannot be shown; use an https:// address or a path such as /images/photo.jpg`,
            });
          }
          if (!node.alt?.trim()) {
            problems.push({
              line,
              message: `the image ${node.url} has no description; write what it shows between the brackets: ![What it shows](${node.url})`,
            });
          }
          break;
        case 'link':
          adjustLink(node, basePath, problems, links);
          break;
        case 'listItem':
          replaceTaskCheckbox(node);
          break;
      }
    });
  };
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

function adjustLink(node: Link, basePath: string, problems: MarkdownProblem[], links: MarkdownLink[]) {
  const line = node.position?.start.line;
  const url = node.url.trim();
  links.push({ url, line });
  if (url.startsWith('/') && !url.startsWith('//')) {
    node.url = `${basePath}${url}`;
    return;
  }
  if (url.startsWith('#') || url === '') return;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    problems.push({
      line,
      message: `the link "${url}" is not a full address; write https://… for other sites or /… for pages of this site`,
    });
    return;
  }
  if (!SAFE_PROTOCOLS.includes(protocol)) {
    problems.push({
      line,
      message: `the link "${url}" uses ${protocol} which browsers block or misuse; link to an https:// address instead`,
    });
    return;
  }
  if (protocol === 'http:' || protocol === 'https:') {
    node.data = { ...node.data, hProperties: { rel: ['noopener', 'noreferrer'] } };
  }
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

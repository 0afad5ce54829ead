import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { pngSocialCardAddresses } from './social-card-files';
import { ENHANCEMENT_PROPERTY } from './enhancement-marker';
import { pageProblems } from './page-problems';
import { removeFrameworkMarkup } from './remove-framework-markup';

/** A processed page, the enhancement scripts it loads, and what is still wrong with it. */
export interface ProcessedPage {
  html: string;
  enhancementSources: string[];
  problems: string[];
}

/**
 * One exported page without Next.js's client runtime: parsed into an HTML tree, stripped
 * of framework markup, its social card tags pointed at the cards' `.png` names, checked,
 * and written back. Parsing (not pattern matching) is what
 * makes this safe: a `<script>` inside an attribute value or a comment is text, not a tag.
 */
export function processPage(html: string, { basePath = '' } = {}): ProcessedPage {
  const tree = pageProcessor.runSync(pageProcessor.parse(html)) as Root;
  const output = pageProcessor.stringify(tree);
  const enhancementSources: string[] = [];
  visit(tree, 'element', (element) => {
    if (element.tagName === 'script' && element.properties[ENHANCEMENT_PROPERTY] !== undefined && typeof element.properties.src === 'string') {
      enhancementSources.push(element.properties.src);
    }
  });
  return { html: output, enhancementSources, problems: pageProblems(tree, { basePath }) };
}

/** Built once for every page of an export: setting up the parser is not free. */
const pageProcessor = unified().use(rehypeParse).use(removeFrameworkMarkup).use(pngSocialCardAddresses).use(rehypeStringify).freeze();

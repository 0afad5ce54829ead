import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ENHANCEMENT_ATTRIBUTE, ENHANCEMENT_PROPERTY, ENHANCEMENTS_URL_FOLDER } from './enhancement-marker';
import { isScriptPreload, isStructuredData } from './remove-framework-markup';

/**
 * What must never reach a processed page, each as one line: framework scripts, inline
 * flight data, script preloads, and anything inline the strict Content-Security-Policy
 * would block (inline scripts, event-handler attributes, `<style>` elements and `style`
 * attributes), and structured data that is not JSON (a sign that text broke out of it). The build fails on any of them, and the tests run the same check on what
 * the servers send.
 */
export function pageProblems(tree: Root, { basePath = '' } = {}): string[] {
  const problems: string[] = [];
  const enhancementPrefix = `${basePath}/${ENHANCEMENTS_URL_FOLDER}/`;
  visit(tree, 'element', (element: Element) => {
    const { tagName, properties } = element;
    if (tagName === 'script') {
      const src = typeof properties.src === 'string' ? properties.src : undefined;
      const text = element.children.map((child) => ('value' in child ? child.value : '')).join('');
      if (text.includes('__next_f')) problems.push('inline flight data (self.__next_f)');
      if (isStructuredData(element)) {
        if (!isJson(text)) problems.push('structured data (application/ld+json) that is not valid JSON');
      } else if (properties[ENHANCEMENT_PROPERTY] === undefined) {
        problems.push(src ? `framework script ${src}` : 'inline script');
      } else if (!src || properties.type !== 'module' || !src.startsWith(enhancementPrefix)) {
        problems.push(
          `enhancement script must be <script type="module" src="${enhancementPrefix}<name>.js" ${ENHANCEMENT_ATTRIBUTE}>, not ${describe(element)}`,
        );
      }
    }
    if (tagName === 'link' && isScriptPreload(element)) problems.push(`script preload ${String(properties.href)}`);
    if (tagName === 'style') problems.push('inline <style> element');
    if (properties.style !== undefined) problems.push(`inline style attribute on <${tagName}>`);
    for (const name of Object.keys(properties)) {
      if (/^on[A-Z]/.test(name)) problems.push(`inline event handler ${name.toLowerCase()} on <${tagName}>`);
    }
  });
  return problems;
}

/** The same check on an HTML document given as text. */
export function htmlProblems(html: string, options: { basePath?: string } = {}): string[] {
  return pageProblems(unified().use(rehypeParse).parse(html), options);
}

function describe({ tagName, properties }: Element): string {
  const attributes = Object.entries(properties).map(([name, value]) => `${name}=${JSON.stringify(value)}`);
  return `<${[tagName, ...attributes].join(' ')}>`;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

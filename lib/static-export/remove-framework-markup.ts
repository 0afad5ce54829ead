import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { ENHANCEMENT_PROPERTY } from './enhancement-marker';

/**
 * A rehype plugin that takes Next.js's client runtime out of an exported page: every
 * `<script>` without the enhancement marker (runtime chunks, the polyfill chunk, the
 * Turbopack bootstrap and the inline flight data `self.__next_f.push(…)`), every script
 * preload and modulepreload, and the comments React leaves between text nodes. The page's
 * HTML and CSS stay as they are: they already hold everything a visitor sees.
 */
export function removeFrameworkMarkup() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      const remove = node.type === 'comment' || (node.type === 'element' && isFrameworkElement(node));
      if (!remove) return;
      parent.children.splice(index, 1);
      // Visit the node that moved into this place next.
      return [SKIP, index];
    });
    // React keeps an empty `<div hidden>` for streamed Suspense content; with the comments
    // gone it holds nothing.
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === 'div' && node.properties.hidden && node.children.length === 0) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    });
  };
}

/** A script of Next.js's, or a hint that makes the browser fetch one. */
export function isFrameworkElement(element: Element): boolean {
  if (element.tagName === 'script') return element.properties[ENHANCEMENT_PROPERTY] === undefined;
  if (element.tagName === 'link') return isScriptPreload(element);
  return false;
}

/** `<link rel="preload" as="script">` or `<link rel="modulepreload">`. */
export function isScriptPreload(element: Element): boolean {
  const rel = ([] as unknown[]).concat(element.properties.rel ?? []).map(String);
  return rel.includes('modulepreload') || (rel.includes('preload') && element.properties.as === 'script');
}

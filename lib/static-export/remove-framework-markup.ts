import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { ENHANCEMENT_PROPERTY } from './enhancement-marker';

/**
 * A rehype plugin that takes Next.js's client runtime out of an exported page: every
 * `<script>` without the enhancement marker (runtime chunks, the polyfill chunk, the
 * Turbopack bootstrap and the inline flight data `self.__next_f.push(…)`), every script
 * preload and modulepreload, and the comments React leaves between text nodes. The page's
 * structured data (`<script type="application/ld+json">`) stays: it is data for search
 * engines, which browsers never run, so it is not a script the Content-Security-Policy
 * has to allow. The page's HTML and CSS stay as they are: they already hold everything a
 * visitor sees.
 */
export function removeFrameworkMarkup() {
  return (tree: Root) => {
    // React keeps an empty `<div hidden>` for streamed Suspense content, holding only its
    // `<!--$-->` markers. Only that one goes: a hidden element of the site's own (one an
    // enhancement fills in) has attributes or content of its own.
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (isReactSuspenseHolder(node)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    });
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      const remove = node.type === 'comment' || (node.type === 'element' && isFrameworkElement(node));
      if (!remove) return;
      parent.children.splice(index, 1);
      // Visit the node that moved into this place next.
      return [SKIP, index];
    });
  };
}

function isReactSuspenseHolder(element: Element): boolean {
  return (
    element.tagName === 'div' &&
    Object.keys(element.properties).join() === 'hidden' &&
    element.children.length > 0 &&
    element.children.every((child) => child.type === 'comment' && /^\/?\$$/.test(child.value))
  );
}

/** A script of Next.js's, or a hint that makes the browser fetch one. */
export function isFrameworkElement(element: Element): boolean {
  if (element.tagName === 'script') return element.properties[ENHANCEMENT_PROPERTY] === undefined && !isStructuredData(element);
  if (element.tagName === 'link') return isScriptPreload(element);
  return false;
}

/** `<link rel="preload" as="script">` or `<link rel="modulepreload">`. */
export function isScriptPreload(element: Element): boolean {
  const rel = ([] as unknown[]).concat(element.properties.rel ?? []).map(String);
  return rel.includes('modulepreload') || (rel.includes('preload') && element.properties.as === 'script');
}

/**
 * `<script type="application/ld+json">` with no `src`: a data block, never run. Only this
 * exact type counts (any other, or none, is a script), compared as HTML does, without case.
 */
export function isStructuredData(element: Element): boolean {
  return (
    element.tagName === 'script' &&
    element.properties.src === undefined &&
    typeof element.properties.type === 'string' &&
    element.properties.type.trim().toLowerCase() === 'application/ld+json'
  );
}

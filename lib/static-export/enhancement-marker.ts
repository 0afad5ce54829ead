/**
 * How a page names the site's own scripts. Only a `<script type="module" src>` carrying
 * this attribute survives processing (lib/static-export/remove-framework-markup.ts); every
 * other script is Next.js's and is removed. React writes the attribute `data-enhancement`;
 * hast, the HTML tree the processing works on, calls the same property `dataEnhancement`.
 */
export const ENHANCEMENT_ATTRIBUTE = 'data-enhancement';

/** The marker as a hast property name. */
export const ENHANCEMENT_PROPERTY = 'dataEnhancement';

/** Where the bundled modules are served from, below the base path: `/enhancements/<name>.js`. */
export const ENHANCEMENTS_URL_FOLDER = 'enhancements';

/**
 * Renders content HTML. The one place the site injects HTML: it only ever receives the
 * loader's output, which remark-html has sanitised (no raw HTML, scripts, event handlers
 * or unsafe URLs), so nothing an editor writes can run in a visitor's browser.
 */
export function Prose({ html, className = '' }: { html: string; className?: string }) {
  return <div className={`prose max-w-measure ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}

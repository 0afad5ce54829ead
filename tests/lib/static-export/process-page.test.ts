// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { htmlProblems } from '@/lib/static-export/page-problems';
import { processPage } from '@/lib/static-export/process-page';

/** The shape of a page Next.js 16 exports, cut down to one of each kind of thing. */
const EXPORTED = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>
<link rel="modulepreload" href="/_next/static/chunks/module.js"/>
<script src="/_next/static/chunks/main.js" async=""></script>
<title>ALPHA · HOST</title><meta name="description" content="A &lt;script&gt; in an attribute is text"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ResearchProject","name":"UPPER \\u003c/script>"}</script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>
<body class="flex"><div hidden=""><!--$--><!--/$--></div><main id="main"><h1>UPPER</h1>
<p>Valencia<!-- -->, <span>Spain</span></p><pre>&lt;script&gt;alert(1)&lt;/script&gt;</pre></main>
<script type="module" src="/enhancements/menu.js" data-enhancement="menu"></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>
</body></html>`;

describe('processPage', () => {
  const { html, enhancementSources, problems } = processPage(EXPORTED);

  it('removes every framework script, the flight data and every script preload', () => {
    expect(html).not.toMatch(/_next\/static\/chunks\/[^"]*\.js/);
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(html).not.toContain('preload');
    expect(problems).toEqual([]);
    expect(htmlProblems(html)).toEqual([]);
  });

  it('keeps the marked enhancement, the stylesheet, the content and text that only looks like a script', () => {
    expect(enhancementSources).toEqual(['/enhancements/menu.js']);
    expect(html).toContain('<script type="module" src="/enhancements/menu.js" data-enhancement="menu"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next">');
    expect(html).toContain('content="A <script> in an attribute is text"');
    expect(html).toContain('<pre>&#x3C;script>alert(1)&#x3C;/script></pre>');
    expect(html).toContain('<p>Valencia, <span>Spain</span></p>');
  });

  it('keeps the structured data block as it is: data, which browsers never run', () => {
    expect(html).toContain('<script type="application/ld+json">{"@context":"https://schema.org","@type":"ResearchProject","name":"UPPER \\u003c/script>"}</script>');
  });

  it('keeps only a real data block: a script that only claims a JSON type, or loads a file, goes', () => {
    const page = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;
    const kept = (head: string) => /<script/.test(processPage(page(head)).html);
    expect(kept('<script type="APPLICATION/LD+JSON">{}</script>')).toBe(true);
    expect(kept('<script type="application/ld+json" src="/_next/static/chunks/x.js"></script>')).toBe(false);
    expect(kept('<script type="application/json">{}</script>')).toBe(false);
    expect(kept('<script type="text/javascript">{}</script>')).toBe(false);
  });

  it("drops React's comments and its empty hidden container", () => {
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('<div hidden>');
  });

  it('reports what a processed page must not carry, with the base path in mind', () => {
    const page = (body: string) => `<!doctype html><html><head><title>x</title></head><body>${body}</body></html>`;
    expect(processPage(page('<p style="color: red">x</p>')).problems).toEqual(['inline style attribute on <p>']);
    expect(processPage(page('<style>p{}</style>')).problems).toEqual(['inline <style> element']);
    // Text that ended a data block early leaves broken JSON, and whatever followed it.
    expect(processPage(page('<script type="application/ld+json">{"name":"</script><p>x</p>"}</script>')).problems).toEqual([
      'structured data (application/ld+json) that is not valid JSON',
    ]);
    expect(htmlProblems(page('<script type="application/ld+json">{"name":"</script><script>alert(1)</script>"}</script>'))).toEqual([
      'structured data (application/ld+json) that is not valid JSON',
      'inline script',
    ]);
    expect(processPage(page('<script type="module" src="/liaison/enhancements/a.js" data-enhancement="a"></script>'), { basePath: '/liaison' }).problems).toEqual([]);
    expect(processPage(page('<script type="module" src="/enhancements/a.js" data-enhancement="a"></script>'), { basePath: '/liaison' }).problems[0]).toMatch(
      /^enhancement script must be <script type="module" src="\/liaison\/enhancements\/<name>\.js"/,
    );
  });

  it("removes React's hidden Suspense holder, and keeps a hidden element of the site's own", () => {
    const html = '<!DOCTYPE html><html><head></head><body><div hidden=""><!--$--><!--/$--></div><div hidden id="panel" data-menu-panel></div><p>x</p></body></html>';
    const { html: processed } = processPage(html);
    expect(processed).not.toContain('<!--$-->');
    expect(processed).toContain('<div hidden id="panel" data-menu-panel=""></div>');
    expect(processed.match(/<div hidden/g)).toHaveLength(1);
  });
});

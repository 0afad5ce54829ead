// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/content/markdown';

/** Hostile input must never reach the page, whether or not the check also reports it. */
describe('renderMarkdown on hostile input', () => {
  it.each([
    ['a script tag', '<script>alert(1)</script>', /<script/i],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['an event handler', '<img src="x.png" onerror="alert(1)">', /onerror/i],
    ['an inline style', '<p style="position:fixed">x</p>', /style=/i],
    ['a javascript: link', '[click](javascript:alert(1))', /javascript:/i],
    ['an entity-encoded javascript: link', '[click](jav&#x61;script:alert(1))', /javascript:/i],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', /data:/i],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /data:/i],
    ['a form', '<form action="https://evil.example"><input name="q"></form>', /<form|<input/i],
    ['an svg with a script', '<svg><script>alert(1)</script></svg>', /<svg|<script/i],
  ])('drops %s', async (_, markdown, forbidden) => {
    const { html, problems } = await renderMarkdown(markdown);
    expect(html).not.toMatch(forbidden);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('reports raw HTML with its line, naming the tag', async () => {
    const { problems } = await renderMarkdown('Fine.\n\n<div onclick="x()">Hi</div>\n');
    expect(problems).toEqual([
      { line: 3, message: 'HTML is not allowed in the description (found <div>); write it in markdown instead' },
    ]);
  });

  it('reports HTML hidden between two comments', async () => {
    const { html, problems } = await renderMarkdown('<!-- a --><script>alert(1)</script><!-- b -->\n');
    expect(html).not.toContain('<script');
    expect(problems).toHaveLength(1);
  });

  it('lets HTML comments through as notes for editors, without output', async () => {
    const { html, problems } = await renderMarkdown('<!-- check this figure -->\n\nText.');
    expect(problems).toEqual([]);
    expect(html).toBe('<p>Text.</p>\n');
  });
});

describe('renderMarkdown on ordinary content', () => {
  it('renders GFM tables', async () => {
    const { html } = await renderMarkdown('| City | Role |\n| --- | --- |\n| Oslo | Living Lab |\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<th>City</th>');
    expect(html).toContain('<td>Oslo</td>');
  });

  it('gives external links noopener noreferrer and leaves site links alone', async () => {
    const { html, links } = await renderMarkdown('[A](https://a.example.org/) and [B](/projects/b/)', {
      basePath: '/sub',
    });
    expect(html).toContain('<a href="https://a.example.org/" rel="noopener noreferrer">A</a>');
    expect(html).toContain('<a href="/sub/projects/b/">B</a>');
    expect(links.map((link) => link.url)).toEqual(['https://a.example.org/', '/projects/b/']);
  });

  it('turns task lists into text marks, not unlabelled checkboxes', async () => {
    const { html } = await renderMarkdown('- [x] Kick-off\n- [ ] Final report\n');
    expect(html).not.toContain('<input');
    expect(html).toContain('☑ Kick-off');
    expect(html).toContain('☐ Final report');
  });

  it('asks for ## headings and no skipped levels', async () => {
    const { problems } = await renderMarkdown('## About\n\n### Detail\n\n## Results\n\n#### Deep\n');
    expect(problems).toEqual([
      { line: 7, message: 'the heading jumps from level 2 to level 4; use ### here' },
    ]);
  });

  it('asks for a description on images, and takes pictures only from the site itself', async () => {
    const { problems, images, html } = await renderMarkdown('![](/images/p.png)\n\n![Tram in Oslo](/images/t.png)', {
      basePath: '/sub',
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      'the image /images/p.png has no description; write what it shows between the brackets: ![What it shows](/images/p.png)',
    ]);
    expect(images.map((image) => image.url)).toEqual(['/images/p.png', '/images/t.png']);
    expect(html).toContain('<img src="/sub/images/t.png" alt="Tram in Oslo">');
    const remote = await renderMarkdown('![Tracker](https://tracker.example.org/pixel.gif)');
    expect(remote.problems[0]?.message).toContain('is not a file of this site');
  });

  it('links headings by their words, with ids that cannot clash with the page', async () => {
    const { html, problems } = await renderMarkdown('## Our results\n\nSee [results](#our-results).\n\n## Main\n');
    expect(problems).toEqual([]);
    expect(html).toContain('<h2 id="section-our-results">Our results</h2>');
    expect(html).toContain('<a href="#section-our-results">results</a>');
    expect(html).toContain('<h2 id="section-main">Main</h2>');
  });

  it('checks reference-style links like inline ones', async () => {
    const { html, problems } = await renderMarkdown('A [trick][t] and [site][s].\n\n[t]: javascript:alert(1)\n[s]: https://a.example.org/\n');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://a.example.org/" rel="noopener noreferrer">site</a>');
    expect(problems).toHaveLength(1);
  });

  it('keeps footnote links working', async () => {
    const { html } = await renderMarkdown('A claim.[^1]\n\n[^1]: The source.\n');
    const target = /href="#([^"]+)"[^>]*data-footnote-ref/.exec(html)?.[1] ?? /data-footnote-ref[^>]*href="#([^"]+)"/.exec(html)?.[1];
    expect(target).toBeDefined();
    expect(html).toContain(`id="${target}"`);
  });
});

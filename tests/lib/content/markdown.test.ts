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

  it('asks for a description on images', async () => {
    const { problems } = await renderMarkdown('![](https://a.example.org/p.png)\n\n![Tram in Oslo](https://a.example.org/t.png)');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('has no description');
  });
});

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

  it('reports an address that cannot be decoded instead of throwing', async () => {
    const { problems } = await renderMarkdown('[here](#%zz) and ![A map](/images/%zz.png)\n');
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('the link #%zz points to no heading'),
      expect.stringContaining('the image path "/images/%zz.png" cannot be used'),
    ]);
  });

  it('reads schemes without regard to case, so an accepted link always keeps its address', async () => {
    const { html, problems } = await renderMarkdown('[CIVITAS](HTTPS://Civitas.eu/cities) and [mail](MAILTO:info@example.org)');
    expect(problems).toEqual([]);
    expect(html).toContain('<a href="https://civitas.eu/cities" rel="noopener noreferrer">CIVITAS</a>');
    expect(html).toContain('<a href="mailto:info@example.org">mail</a>');
  });

  it('never accepts a link the sanitiser would strip', async () => {
    for (const url of ['http://a.example.org/', 'ftp://a.example.org/', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:,x']) {
      const { html, problems } = await renderMarkdown(`[x](<${url}>)`);
      expect(problems, url).toHaveLength(1);
      expect(html, url).not.toMatch(/href=/);
    }
  });

  it('refuses http: links with the https address to write, as the frontmatter does', async () => {
    const { problems } = await renderMarkdown('[CIVITAS](http://civitas.eu/cities)');
    expect(problems).toEqual([
      { line: 1, message: 'the link "http://civitas.eu/cities" is not a secure address; write https://civitas.eu/cities' },
    ]);
  });

  it('makes a bare www. address in the text a secure link', async () => {
    const { html, problems } = await renderMarkdown('See www.eltis.org for more.');
    expect(problems).toEqual([]);
    expect(html).toContain('<a href="https://www.eltis.org/" rel="noopener noreferrer">www.eltis.org</a>');
  });

  it('keeps pictures inside public/, saying the same whether or not the file exists', async () => {
    const { problems, images } = await renderMarkdown('![a](/../../../../etc/hostname)\n\n![b](/images/../../x.png)\n\n![c](/images/ok_1-2.png?v=2)\n');
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^the image path "\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/hostname" cannot be used; a picture is a file in public\//),
      expect.stringMatching(/^the image path "\/images\/\.\.\/\.\.\/x\.png" cannot be used; a picture is a file in public\//),
    ]);
    expect(images.map((image) => image.url)).toEqual(['/images/ok_1-2.png']);
  });

  it('holds links to the same rules as the frontmatter: a named public site, without a login', async () => {
    for (const url of ['https://localhost/', 'https://1.2.3.4/', 'https://bank.eu@evil.eu/', 'mailto:', 'tel:']) {
      const { problems } = await renderMarkdown(`[x](${url})`);
      expect(problems, url).toEqual([{ line: 1, message: expect.stringContaining('is not a usable address') }]);
    }
  });

  it('reports a link or picture that shows as plain text because its address has a space', async () => {
    const { problems } = await renderMarkdown('![A tram](/images/my tram.jpg)\n\nSee [the site](https://a.eu/x y).\n');
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [1, expect.stringMatching(/^!\[A tram\]\(\/images\/my tram\.jpg\) shows as plain text because its address has a space/)],
      [3, expect.stringMatching(/^\[the site\]\(https:\/\/a\.eu\/x y\) shows as plain text/)],
    ]);
  });

  it('refuses, without parsing, lists nested over many lines and descriptions too long to be real', async () => {
    const nested = Array.from({ length: 120 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n');
    const { problems } = await renderMarkdown(nested);
    expect(problems).toEqual([{ line: 102, message: expect.stringContaining('nested too deeply') }]);
    const long = await renderMarkdown('word '.repeat(30_000));
    expect(long.problems).toEqual([{ message: expect.stringMatching(/^the description is 150 KB long/) }]);
  });
});


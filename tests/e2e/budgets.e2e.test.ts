import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { ADMIN_FOLDER } from '@/lib/admin/paths';
import { BUDGETS, gzipBytes, PICTURE_BUDGETS } from '@/lib/static-export/budgets';
import { bundleEnhancements } from '@/lib/static-export/bundle-enhancements';
import { ENHANCEMENT_PROPERTY } from '@/lib/static-export/enhancement-marker';
import { isStructuredData } from '@/lib/static-export/remove-framework-markup';
import { sitePages } from './support/pages';
import { firstFlight, overFirstFlight } from '@/bench/first-flight';
import { ROOT, startNginx } from './support/servers';

/**
 * The byte budgets (lib/static-export/budgets.ts) on the processed export in out/, exact
 * to the byte. Each failure names the page or module, the figure, its size and its budget;
 * the same checks on a folder broken on purpose prove that each can fail.
 */

const OUT = path.join(ROOT, 'out');

/** A figure over its budget, as one line; nothing when within it. */
function overBudget(subject: string, figure: string, bytes: number, budget: number): string[] {
  return bytes > budget ? [`${subject}: ${figure} is ${bytes} B gzipped, over the budget of ${budget} B`] : [];
}

/** Every figure of every page in an export folder that is over its budget. */
async function pageBudgetProblems(folder: string): Promise<{ pages: string[]; problems: string[] }> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  // The CMS at /admin/ is no public page: editors load it, visitors never do.
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(folder, file).startsWith(`${ADMIN_FOLDER}${path.sep}`));
  const linked = async (href: string) => {
    const file = path.join(folder, href.split('?')[0]!);
    if (!existsSync(file)) throw new Error(`${href} is linked but not in ${folder}`);
    return gzipBytes(await readFile(file));
  };
  const pages: string[] = [];
  const problems: string[] = [];
  for (const file of files.sort()) {
    const address = `/${path.relative(folder, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    const html = await readFile(file, 'utf8');
    let javaScript = 0;
    let css = 0;
    const pending: Promise<void>[] = [];
    const pictures: Array<{ name: string; start: number; end: number }> = [];
    visit(unified().use(rehypeParse).parse(html), 'element', (element) => {
      const { tagName, properties } = element;
      const picture = properties.dataPictureSection;
      if (typeof picture === 'string' && element.position?.start.offset !== undefined && element.position.end.offset !== undefined) {
        pictures.push({ name: picture, start: element.position.start.offset, end: element.position.end.offset });
      }
      // JSON-LD is data for search engines, never run: it counts as HTML, not JavaScript.
      if (tagName === 'script' && properties[ENHANCEMENT_PROPERTY] === undefined && !isStructuredData(element)) {
        if (typeof properties.src === 'string') pending.push(linked(properties.src).then((bytes) => void (javaScript += bytes)));
        else javaScript += gzipBytes(element.children.map((child) => ('value' in child ? child.value : '')).join(''));
      }
      if (tagName === 'link' && ([] as unknown[]).concat(properties.rel ?? []).includes('stylesheet')) {
        pending.push(linked(String(properties.href)).then((bytes) => void (css += bytes)));
      }
    });
    await Promise.all(pending);
    pages.push(address);
    problems.push(...overBudget(address, 'framework JavaScript', javaScript, BUDGETS.frameworkJavaScript));
    problems.push(...overBudget(address, 'CSS', css, BUDGETS.css));
    // A picture is measured by what it adds: the page's size with it, less the page's without it.
    const without = (cut: typeof pictures) => cut.reduceRight((rest, { start, end }) => rest.slice(0, start) + rest.slice(end), html);
    for (const picture of pictures) {
      const budget = PICTURE_BUDGETS[picture.name] ?? 0;
      problems.push(...overBudget(address, `the ${picture.name}`, gzipBytes(html) - gzipBytes(without([picture])), budget));
    }
    if (address.startsWith('/projects/')) problems.push(...overBudget(address, 'HTML', gzipBytes(without(pictures)), BUDGETS.projectPageHtml));
    if (address === '/' || address.startsWith('/page/') || address.startsWith('/themes/')) {
      problems.push(...overBudget(address, 'HTML', gzipBytes(without(pictures)), BUDGETS.listingPageHtml));
    }
  }
  return { pages, problems };
}

/** Each bundled module in a folder, measured against the enhancement budget. */
async function enhancementProblems(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const problems: string[] = [];
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.js')).sort()) {
    problems.push(...overBudget(`enhancement ${name}`, 'the module', gzipBytes(await readFile(path.join(folder, name))), BUDGETS.enhancementModule));
  }
  return problems;
}

/** Random bytes do not compress: this many in base64 stay about this size gzipped. */
const incompressible = (bytes: number) => randomBytes(bytes).toString('base64');

describe('byte budgets of the processed pages in out/', () => {
  it(`${BUDGETS.frameworkJavaScript} B of framework JavaScript and at most ${BUDGETS.css} B of CSS on every page; at most ${BUDGETS.projectPageHtml} B of HTML on every project page and ${BUDGETS.listingPageHtml} B on every listing and theme page, besides their pictures: ${BUDGETS.map} B for the map and ${BUDGETS.timeline} B for the timeline`, async () => {
    const { pages, problems } = await pageBudgetProblems(OUT);
    // Every page the content has (derived from it, as editors own the list) was measured.
    const published = (await sitePages()).filter((page) => page.status === 200).map((page) => page.path);
    expect(pages).toEqual(expect.arrayContaining([...published, '/404.html']));
    expect(problems).toEqual([]);
  });

  it(`keeps every enhancement module within ${BUDGETS.enhancementModule} B`, async () => {
    expect(await enhancementProblems(path.join(OUT, 'enhancements'))).toEqual([]);
  });
});

describe('each budget fails when its one figure is over', () => {
  it('framework JavaScript, CSS, a project page’s HTML and each picture, each named with its page', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'liaison-budgets-'));
    await mkdir(path.join(folder, 'projects', 'heavy'), { recursive: true });
    await writeFile(path.join(folder, 'small.css'), 'body { margin: 0 }');
    await writeFile(path.join(folder, 'heavy.css'), `/* ${incompressible(12 * 1024)} */`);
    await writeFile(path.join(folder, 'runtime.js'), 'self.x = 1;');
    const page = (head: string, body = '') => `<!doctype html><html><head><title>x</title>${head}</head><body>${body}</body></html>`;
    await writeFile(path.join(folder, 'index.html'), page('<link rel="stylesheet" href="/small.css"><script type="module" src="/enhancements/a.js" data-enhancement="a"></script>'));
    await writeFile(path.join(folder, 'with-runtime.html'), page('<link rel="stylesheet" href="/small.css"><script src="/runtime.js"></script>'));
    await writeFile(path.join(folder, 'with-heavy-css.html'), page('<link rel="stylesheet" href="/heavy.css">'));
    await writeFile(path.join(folder, 'projects', 'heavy', 'index.html'), page('<link rel="stylesheet" href="/small.css">', `<p>${incompressible(16 * 1024)}</p>`));
    // Pictures count against their own budgets, not the page's: this page is within its 15 KB.
    const section = (name: string, kilobytes: number) => `<section data-picture-section="${name}"><p>${incompressible(kilobytes * 1024)}</p></section>`;
    await mkdir(path.join(folder, 'projects', 'pictured'), { recursive: true });
    await writeFile(path.join(folder, 'projects', 'pictured', 'index.html'), page('<link rel="stylesheet" href="/small.css">', `<p>${incompressible(8 * 1024)}</p>${section('map', 41)}${section('timeline', 6)}`));
    await writeFile(path.join(folder, 'within.html'), page('<link rel="stylesheet" href="/small.css">', `${section('map', 30)}${section('timeline', 4)}`));
    await mkdir(path.join(folder, 'page', '2'), { recursive: true });
    await writeFile(path.join(folder, 'page', '2', 'index.html'), page('<link rel="stylesheet" href="/small.css">', `<p>${incompressible(61 * 1024)}</p>`));
    const { problems } = await pageBudgetProblems(folder);
    expect(problems.map((problem) => problem.replace(/is \d+ B/, 'is N B'))).toEqual([
      '/page/2/: HTML is N B gzipped, over the budget of 61440 B',
      '/projects/heavy/: HTML is N B gzipped, over the budget of 15360 B',
      '/projects/pictured/: the map is N B gzipped, over the budget of 40960 B',
      '/projects/pictured/: the timeline is N B gzipped, over the budget of 5120 B',
      '/with-heavy-css.html: CSS is N B gzipped, over the budget of 10240 B',
      '/with-runtime.html: framework JavaScript is N B gzipped, over the budget of 0 B',
    ]);
  });

  it('the first flight: HTML, CSS and headers as nginx sends them, each counted', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'liaison-first-flight-'));
    // mkdtemp makes the folder for its owner only; nginx's workers must read it.
    await chmod(folder, 0o755);
    const page = (body: string) => `<!doctype html><html><head><title>x</title><link rel="stylesheet" href="/site.css"></head><body>${body}</body></html>`;
    // 6 KB of CSS that does not compress: with 5 KB of HTML a page is within, with 8 KB over.
    await writeFile(path.join(folder, 'site.css'), `/* ${incompressible(6 * 1024)} */`);
    await mkdir(path.join(folder, 'light'));
    await mkdir(path.join(folder, 'heavy'));
    await writeFile(path.join(folder, 'light', 'index.html'), page(`<p>${incompressible(5 * 1024)}</p>`));
    await writeFile(path.join(folder, 'heavy', 'index.html'), page(`<p>${incompressible(8 * 1024)}</p>`));
    const nginx = await startNginx(folder);
    try {
      const [light, heavy] = [await firstFlight(nginx.baseUrl, '/light/'), await firstFlight(nginx.baseUrl, '/heavy/')];
      expect(light.css).toBeGreaterThan(6 * 1024);
      expect(light.headers).toBeGreaterThan(2 * 400);
      expect(light.total).toBe(light.html + light.css + light.headers);
      expect(light.total).toBeLessThan(BUDGETS.firstFlight);
      expect(overFirstFlight([light, heavy])).toEqual([`/heavy/: ${heavy.total} B, over ${BUDGETS.firstFlight} B`]);
    } finally {
      await nginx.stop();
    }
  });

  it('an enhancement module: the bundled probe passes, an oversized module is named', async () => {
    const source = await mkdtemp(path.join(tmpdir(), 'liaison-enhancements-'));
    const probe = path.join(ROOT, 'tests', 'fixtures', 'enhancement-probe', 'lib', 'enhancements');
    await writeFile(path.join(source, 'probe.ts'), (await readFile(path.join(probe, 'probe.ts'), 'utf8')).replace('./probe-parts/', `${probe}/probe-parts/`));
    await writeFile(path.join(source, 'heavy.ts'), `document.body.dataset.noise = ${JSON.stringify(incompressible(8 * 1024))};`);
    const output = path.join(source, 'bundled');
    expect((await bundleEnhancements(source, output)).map((module) => module.name)).toEqual(['heavy', 'probe']);
    const problems = await enhancementProblems(output);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^enhancement heavy\.js: the module is \d+ B gzipped, over the budget of 5120 B$/);
  });
});

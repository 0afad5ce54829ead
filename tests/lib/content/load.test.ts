// @vitest-environment node
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '@/lib/build-cache';
import { parsePartialDate } from '@/lib/day';
import { checkContent, loadContent, projectStatus } from '@/lib/content/load';
import { slugify } from '@/lib/content/slugify';
import { ContentError } from '@/lib/content/problems';
import { FIXTURES, makeContentFixture } from '../../helpers/content-fixture';

const SITE = path.join(FIXTURES, 'site', 'content');
const TODAY = new Date('2025-06-15T12:00:00Z');

describe('loadContent on the fixture site', () => {
  it('returns typed projects with derived values, sorted by order then title', async () => {
    const { projects } = await loadContent({ contentDir: SITE, today: TODAY });
    expect(projects.map((project) => project.slug)).toEqual(['alpha', 'beta']);
    const [alpha, beta] = projects;
    expect(alpha).toMatchObject({
      slug: 'alpha',
      file: 'content/projects/alpha.md',
      title: 'ALPHA',
      fullName: 'Alpha Mobility Project',
      grantAgreement: '101000001',
      cordisUrl: 'https://cordis.europa.eu/project/id/101000001',
      start: { date: new Date('2023-01-01T00:00:00Z'), precision: 'day' },
      end: { date: new Date('2026-12-31T00:00:00Z'), precision: 'day' },
      status: 'ongoing',
      draft: false,
      logo: '/logos/alpha.svg',
      themes: [
        { id: 'public-transport', label: 'Public transport' },
        { id: 'climate-neutrality', label: 'Climate-neutral cities' },
      ],
      cities: [
        { name: 'Valencia', country: 'ES', countryName: 'Spain', role: 'Living Lab' },
        { name: 'Oslo', country: 'NO', countryName: 'Norway', role: 'Living Lab' },
        { name: 'Leuven', country: 'BE', countryName: 'Belgium', role: 'Twinning city' },
      ],
    });
    expect(alpha?.descriptionHtml).toContain('<h2 id="section-results">Results</h2>');
    expect(beta).toMatchObject({
      start: { date: new Date('2021-10-01T00:00:00Z'), precision: 'month' },
      status: undefined,
      cities: [],
      themes: [],
    });
  });

  it('reads the host and the accessibility statement', async () => {
    const { host, accessibility, themes } = await loadContent({ contentDir: SITE, today: TODAY });
    expect(host).toMatchObject({ name: 'HOST', grantAgreement: '123456789', grantingAuthority: { name: 'CINEA' } });
    expect(host.introductionHtml).toBe('<p>The host works with <strong>these</strong> projects.</p>\n');
    expect(accessibility.reviewed).toEqual(new Date('2025-06-01T00:00:00Z'));
    expect(themes).toHaveLength(3);
  });

  it("reads the host's own cities and themes, named as visitors read them and placed from places.yml", async () => {
    const { host } = await loadContent({ contentDir: SITE, today: TODAY });
    expect(host.cities).toEqual([
      { name: 'Oslo', country: 'NO', countryName: 'Norway', role: 'Lead city', position: { latitude: 59.91, longitude: 10.75 } },
      { name: 'Tallinn', country: 'EE', countryName: 'Estonia', role: 'Twinning city', position: { latitude: 59.44, longitude: 24.75 } },
    ]);
    expect(host.themes).toEqual([
      { id: 'public-transport', label: 'Public transport', description: 'Buses and trams for everyone.' },
      { id: 'active-mobility', label: 'Walking and cycling', description: 'Streets for feet and bikes.' },
    ]);
  });

  it("reports a host theme that is not in the vocabulary, in site.md's own words", async () => {
    const fixture = await makeContentFixture();
    const hostFile = await readFile(path.join(fixture.contentDir, 'site.md'), 'utf8');
    await fixture.write('content/site.md', hostFile.replace('themes: [public-transport, active-mobility]', 'themes: [public-transport, trams]'));
    const report = await checkContent({ contentDir: fixture.contentDir, today: TODAY, reviewDay: TODAY });
    expect(report.problems).toEqual([
      expect.objectContaining({ file: 'content/site.md', field: 'themes, entry 2', message: expect.stringContaining('content/themes.yml') }),
    ]);
  });

  it('prefixes links to its own pages and logos with the base path', async () => {
    const { projects } = await loadContent({ contentDir: SITE, basePath: '/liaison' });
    expect(projects[0]?.logo).toBe('/liaison/logos/alpha.svg');
    expect(projects[0]?.descriptionHtml).toContain('href="/liaison/projects/beta/"');
  });

  it('keeps drafts for previews and leaves them out of builds', async () => {
    const fixture = await makeContentFixture();
    await fixture.write(
      'content/projects/gamma.md',
      '---\ntitle: GAMMA\nsummary: Work in progress.\nwebsite: https://gamma.example.org/\nsources: [https://gamma.example.org/]\nreviewed: 2025-06-01\nlisted: 2025-06-01\ndraft: true\n---\nSoon.\n',
    );
    const published = await loadContent({ contentDir: fixture.contentDir });
    expect(published.projects.map((project) => project.slug)).toEqual(['alpha', 'beta']);
    const preview = await loadContent({ contentDir: fixture.contentDir, includeDrafts: true });
    expect(preview.projects.find((project) => project.slug === 'gamma')?.draft).toBe(true);
  });

  it('orders projects without an order after those with one, alphabetically', async () => {
    const fixture = await makeContentFixture();
    await fixture.write(
      'content/projects/aardvark.md',
      '---\ntitle: aardvark\nsummary: First by name.\nwebsite: https://a.example.org/\nsources: [https://a.example.org/]\nreviewed: 2025-06-01\nlisted: 2025-06-01\n---\n',
    );
    const { projects } = await loadContent({ contentDir: fixture.contentDir });
    expect(projects.map((project) => project.slug)).toEqual(['alpha', 'aardvark', 'beta']);
  });
});

describe('problems outside project files', () => {
  it('reports a missing host file and a stray file in the content folder together', async () => {
    const fixture = await makeContentFixture();
    const { rm } = await import('node:fs/promises');
    await rm(path.join(fixture.contentDir, 'site.md'));
    await fixture.write('content/new-project.md', '---\ntitle: Lost\n---\n');
    const report = await checkContent({ contentDir: fixture.contentDir });
    expect(report.content).toBeUndefined();
    expect(report.problems).toEqual([
      {
        file: 'content/new-project.md',
        field: 'file name',
        message: 'is not used by the site; project files belong in content/projects/',
      },
      { file: 'content/site.md', message: 'this file is missing; the site needs it (see content/README.md)' },
    ]);
  });

  it('throws a ContentError whose message lists every problem and a summary', async () => {
    const fixture = await makeContentFixture();
    await fixture.write('content/themes.yml', 'Public Transport: Public transport\n');
    const error = await loadContent({ contentDir: fixture.contentDir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toBe(
      [
        'The content has problems; nothing was published.',
        'content/themes.yml:1: Public Transport — theme ids are lowercase words joined by hyphens, such as public-transport',
        '1 problem in 1 file',
      ].join('\n'),
    );
  });

  it('reports a missing content folder instead of crashing', async () => {
    const report = await checkContent({ contentDir: '/nonexistent/content' });
    expect(report.problems).toEqual([
      { file: 'content', message: 'this folder is missing; the site needs it (see content/README.md)' },
    ]);
  });
});

describe('projectStatus', () => {
  const date = (value: string) => parsePartialDate(value);
  const on = (day: string) => new Date(`${day}T23:30:00Z`);

  it.each([
    ['planned before the first day', '2024-01-01', '2024-12-31', '2023-12-31', 'planned'],
    ['ongoing on the first day', '2024-01-01', '2024-12-31', '2024-01-01', 'ongoing'],
    ['ongoing on the last day', '2024-01-01', '2024-12-31', '2024-12-31', 'ongoing'],
    ['completed the day after', '2024-01-01', '2024-12-31', '2025-01-01', 'completed'],
    ['ongoing through a year-only end', '2020', '2024', '2024-12-31', 'ongoing'],
  ])('%s', (_, start, end, today, expected) => {
    expect(projectStatus(date(start), date(end), on(today))).toBe(expected);
  });

  it('is unknown once started when no end date is given', () => {
    expect(projectStatus(date('2021-10-01'), undefined, on('2026-11-29'))).toBeUndefined();
    expect(projectStatus(date('2030'), undefined, on('2026-11-29'))).toBe('planned');
  });
});

describe('parsePartialDate', () => {
  it('reads years, months and days, and rejects days not on the calendar', () => {
    expect(parsePartialDate('2024-02-29')?.precision).toBe('day');
    expect(parsePartialDate('2023-02-29')).toBeUndefined();
    expect(parsePartialDate('2021-10')?.last).toEqual(new Date('2021-10-31T00:00:00Z'));
    expect(parsePartialDate('2002')?.last).toEqual(new Date('2002-12-31T00:00:00Z'));
    expect(parsePartialDate('2024-00')).toBeUndefined();
    expect(parsePartialDate('24-01-01')).toBeUndefined();
  });
});

describe('slugify', () => {
  it('suggests the file name an editor probably meant', () => {
    expect(slugify('Žilina Living Lab')).toBe('zilina-living-lab');
    expect(slugify('  UPPER (2023) ')).toBe('upper-2023');
  });
});

describe('addresses in the frontmatter', () => {
  it('are tidied as a browser reads them: spaces dropped, scheme and host in lower case', async () => {
    const fixture = await makeContentFixture();
    await fixture.write(
      'content/projects/gamma.md',
      '---\ntitle: GAMMA\nsummary: Tidy.\nwebsite: " https://Gamma.example.org/ "\nsources: [HTTPS://gamma.example.org/about]\nreviewed: 2025-06-01\nlisted: 2025-06-01\n---\n',
    );
    const { projects } = await loadContent({ contentDir: fixture.contentDir, today: TODAY });
    const gamma = projects.find((project) => project.slug === 'gamma');
    expect(gamma?.website).toBe('https://gamma.example.org/');
    expect(gamma?.sources).toEqual(['https://gamma.example.org/about']);
  });
});

describe('review dates', () => {
  const write = async (reviewed: string) => {
    const fixture = await makeContentFixture();
    await fixture.write(
      'content/projects/gamma.md',
      `---\ntitle: GAMMA\nsummary: Reviewed.\nwebsite: https://gamma.example.org/\nsources: [https://gamma.example.org/]\nreviewed: ${reviewed}\nlisted: 2025-06-01\n---\n`,
    );
    return fixture.contentDir;
  };

  it('are carried to the page as a day', async () => {
    const { projects } = await loadContent({ contentDir: await write('2025-03-02'), today: TODAY, reviewDay: TODAY });
    expect(projects.find((project) => project.slug === 'gamma')?.reviewed).toEqual(new Date('2025-03-02T00:00:00Z'));
  });

  it('warn, without stopping the build, once more than 12 months old', async () => {
    const contentDir = await write('2024-06-14');
    const report = await checkContent({ contentDir, reviewDay: TODAY });
    expect(report.content).toBeDefined();
    expect(report.warnings).toEqual([
      expect.objectContaining({ file: 'content/projects/gamma.md', line: 6, field: 'reviewed', severity: 'warning' }),
    ]);
    const dayLater = await checkContent({ contentDir: await write('2024-06-15'), reviewDay: TODAY });
    expect(dayLater.warnings).toEqual([]);
  });

  it('are judged against the real today, not the build day that moves statuses', async () => {
    const report = await checkContent({ contentDir: await write('2025-06-01'), today: new Date('2020-01-01') });
    expect(report.problems).toEqual([]);
  });
});

describe('logo paths', () => {
  it('stay inside public/: no other site, no hidden folder, no way up', async () => {
    for (const logo of ['//evil.example.org/x.svg', '/.git/x.svg', '/logos/../x.svg']) {
      const fixture = await makeContentFixture();
      await fixture.write(
        'content/projects/gamma.md',
        `---\ntitle: GAMMA\nsummary: Logo.\nwebsite: https://gamma.example.org/\nlogo: "${logo}"\nsources: [https://gamma.example.org/]\nreviewed: 2025-06-01\nlisted: 2025-06-01\n---\n`,
      );
      const { problems } = await checkContent({ contentDir: fixture.contentDir, reviewDay: TODAY });
      expect(problems, logo).toEqual([expect.objectContaining({ field: 'logo', message: expect.stringContaining('should be a path inside the public folder') })]);
    }
  });
});


describe('loadContent with a build cache', () => {
  it('gives the same content as without one, and reads the descriptions it rendered on the next load', async () => {
    const cache = new BuildCache(await mkdtemp(path.join(tmpdir(), 'liaison-load-cache-')));
    const plain = await loadContent({ contentDir: SITE, today: TODAY });
    expect(await loadContent({ contentDir: SITE, today: TODAY, cache })).toEqual(plain);

    // Every kept rendering now says something no description does: the next load shows it.
    const folder = path.join(cache.folder, 'markdown');
    for (const entry of await readdir(folder)) {
      const kept = JSON.parse(await readFile(path.join(folder, entry), 'utf8'));
      await writeFile(path.join(folder, entry), JSON.stringify({ ...kept, html: '<p>from the cache</p>' }));
    }
    const cached = await loadContent({ contentDir: SITE, today: TODAY, cache });
    expect(cached.projects.map((project) => project.descriptionHtml)).toEqual(plain.projects.map(() => '<p>from the cache</p>'));
  });

  it('reads parsed files from the cache, their fields and the lines messages point at', async () => {
    const cache = new BuildCache(await mkdtemp(path.join(tmpdir(), 'liaison-load-cache-')));
    const fixture = await makeContentFixture();
    const options = { contentDir: fixture.contentDir, publicDir: fixture.publicDir, today: TODAY, reviewDay: TODAY, cache };
    await loadContent(options);

    // Every kept project file now ends before it starts, and says so on line 99.
    const folder = path.join(cache.folder, 'frontmatter');
    let changed = 0;
    for (const entry of await readdir(folder)) {
      const kept = deserialize(await readFile(path.join(folder, entry)));
      if (!kept.file.fieldLines.fields.has('end')) continue;
      kept.file.data.end = '2000-01-01';
      kept.file.fieldLines.fields.get('end').line = 99;
      await writeFile(path.join(folder, entry), serialize(kept));
      changed += 1;
    }
    const { problems } = await checkContent(options);
    expect(changed).toBeGreaterThan(0);
    expect(problems).toHaveLength(changed);
    for (const problem of problems) expect(problem).toMatchObject({ field: 'end', line: 99, message: expect.stringContaining('2000-01-01 is before start') });
  });

  it('renders again what changed: an edited description is no hit', async () => {
    const cache = new BuildCache(await mkdtemp(path.join(tmpdir(), 'liaison-load-cache-')));
    const fixture = await makeContentFixture();
    const options = { contentDir: fixture.contentDir, publicDir: fixture.publicDir, today: TODAY, cache };
    await loadContent(options);
    const file = path.join(fixture.contentDir, 'projects', 'alpha.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nA sentence added by an editor.\n`);
    const { projects } = await loadContent(options);
    expect(projects.find((project) => project.slug === 'alpha')?.descriptionHtml).toContain('A sentence added by an editor.');
  });
});

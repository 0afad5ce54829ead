// @vitest-environment node
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatterFormat, placesFormat, SOURCE_FIELD, themesFormat, type CmsFormat } from '@/lib/admin/formats';
import { FIXTURES } from '../../helpers/content-fixture';

const FIXTURE = path.join(FIXTURES, 'site', 'content');

/** What the CMS does with a file: read it, hand the data through the form (as JSON), write it. */
function roundTrip(format: CmsFormat, text: string, change: (data: Record<string, unknown>) => void = () => {}, order: string[] = []): string {
  const data = JSON.parse(JSON.stringify(format.fromFile(text))) as Record<string, unknown>;
  change(data);
  return format.toFile(data, order);
}

const ORDER = ['title', 'fullName', 'summary', 'website', 'programme', 'grantAgreement', 'start', 'end', 'coordinator', 'cities', 'themes', 'synergies', 'logo', 'order', 'draft', 'sources', 'reviewed', 'listed'];

describe('the CMS formats', () => {
  it('write every fixture content file back byte for byte when saved unchanged', async () => {
    const projects = (await readdir(path.join(FIXTURE, 'projects'))).filter((name) => name.endsWith('.md')).map((name) => path.join(FIXTURE, 'projects', name));
    for (const file of [...projects, path.join(FIXTURE, 'site.md')]) {
      const text = await readFile(file, 'utf8');
      expect(roundTrip(frontmatterFormat, text), file).toBe(text);
    }
    for (const [format, name] of [[themesFormat, 'themes.yml'], [placesFormat, 'places.yml']] as const) {
      const text = await readFile(path.join(FIXTURE, name), 'utf8').catch(() => undefined);
      if (text !== undefined) expect(roundTrip(format, text)).toBe(text);
    }
  });

  it('reads dates as text and a quoted grant agreement as text, as the check does', () => {
    const data = frontmatterFormat.fromFile('---\ntitle: A\ngrantAgreement: "101095904"\nstart: 2023-01-01\nend: 2026\n---\nBody\n');
    expect(data).toMatchObject({ title: 'A', grantAgreement: '101095904', start: '2023-01-01', end: 2026, body: 'Body\n' });
  });

  it('changes only what was edited: comments, quoting, { } lines and the order stay; a new field goes where the form lists it', () => {
    const text = [
      '---',
      'title: A',
      'grantAgreement: "101095904"',
      'start: 2023-01-01',
      'cities:',
      '  - { name: Valencia, country: ES, role: Living Lab }',
      'synergies:',
      '  # No date yet.',
      '  - title: Workshop',
      'sources:',
      '  - https://example.org/',
      'reviewed: 2026-11-29',
      '---',
      'Body',
      '',
    ].join('\n');
    const saved = roundTrip(frontmatterFormat, text, (data) => {
      data.end = '2027-03';
      (data.cities as unknown[]).push({ name: 'Rome', country: 'IT', role: 'Twinning city' });
      data.fullName = '';
    }, ORDER);
    expect(saved).toBe(
      [
        '---',
        'title: A',
        'grantAgreement: "101095904"',
        'start: 2023-01-01',
        'end: 2027-03',
        'cities:',
        '  - { name: Valencia, country: ES, role: Living Lab }',
        '  - { name: Rome, country: IT, role: Twinning city }',
        'synergies:',
        '  # No date yet.',
        '  - title: Workshop',
        'sources:',
        '  - https://example.org/',
        'reviewed: 2026-11-29',
        '---',
        'Body',
        '',
      ].join('\n'),
    );
  });

  it('writes a new project in the form order, with the schema comment, dates as text and no empty fields', () => {
    const saved = frontmatterFormat.toFile(
      { draft: true, title: 'New', grantAgreement: '123456', start: '2024-01', fullName: '', cities: [{ name: 'Antwerp', country: 'BE', role: 'Lead city' }], themes: [], sources: ['https://example.org/'], body: 'Text\n' },
      ORDER,
    );
    expect(saved).toBe(
      '---\n# yaml-language-server: $schema=../project.schema.json\n\ntitle: New\ngrantAgreement: "123456"\nstart: 2024-01\ncities:\n  - { name: Antwerp, country: BE, role: Lead city }\ndraft: true\nsources:\n  - https://example.org/\n---\nText\n',
    );
  });

  it('never writes the source it kept', () => {
    const saved = roundTrip(frontmatterFormat, '---\ntitle: A\n---\nB\n', (data) => (data.title = 'C'));
    expect(saved).toBe('---\ntitle: C\n---\nB\n');
    expect(saved).not.toContain(SOURCE_FIELD);
  });

  it('edits themes.yml and places.yml as lists, keeping their comments', async () => {
    const themes = `# A comment an editor wrote.\n${await readFile(path.join(FIXTURE, 'themes.yml'), 'utf8')}`;
    const added = roundTrip(themesFormat, themes, (data) => (data.themes as unknown[]).push({ id: 'road-safety', label: 'Road safety', description: 'Fewer people hurt on the roads.' }));
    expect(added).toBe(`${themes}road-safety:\n  label: Road safety\n  description: Fewer people hurt on the roads.\n`);
    const places = await readFile(path.join(FIXTURE, 'places.yml'), 'utf8');
    const moved = roundTrip(placesFormat, places, (data) => (data.places as unknown[]).push({ name: 'Gent', country: 'BE', latitude: 51.05, longitude: 3.72, source: 'https://en.wikipedia.org/wiki/Ghent' }));
    expect(moved).toBe(`${places}- { name: Gent, country: BE, latitude: 51.05, longitude: 3.72, source: https://en.wikipedia.org/wiki/Ghent }\n`);
  });
});
